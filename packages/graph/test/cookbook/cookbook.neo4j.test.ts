/**
 * Every cookbook recipe, run against the two fixtures loaded into the real Neo4j. Expected
 * rows were worked out by reading test/fixtures/graph.json and neo4j/second.json.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { COOKBOOK_DOC, ROOT_README, cookbookMarkdown, readmeWithCookbook } from '../../src/neo4j/cookbook-doc.js';
import { COOKBOOK, recipe } from '../../src/neo4j/cookbook.js';
import { loadGraph } from '../../src/neo4j/load.js';
import { runReadQuery } from '../../src/neo4j/query.js';
import { fixture, testDriver, wipe } from '../neo4j/db.js';

let driver: Driver;
beforeAll(async () => {
  driver = await testDriver();
  await wipe(driver);
  await loadGraph(driver, fixture('graph.json'), { quiet: true });
  await loadGraph(driver, fixture('neo4j/second.json'), { quiet: true });
});
afterAll(async () => {
  await driver?.close();
});

const rows = async (id: string, params?: Record<string, unknown>) => {
  const r = recipe(id);
  return (await runReadQuery(driver, r.cypher, { ...r.params, ...params })).rows;
};

const EXPECTED: Record<string, Record<string, unknown>[]> = {
  'met-or-called': [
    { a: 'Barack Obama', how: 'CALL', b: 'Dmitry Medvedev', dates: ['2011-07-14'], evidence: 1 },
    // Lavrov–Clinton: doc-a (13/7) and doc-c (subject and object swapped) fold into one edge.
    { a: 'Hillary Clinton', how: 'MEET', b: 'Sergei Lavrov', dates: ['2011-07-13', '2011-07-14'], evidence: 2 },
  ],
  'disagreements-by-topic': [
    { topic: '(no topic)', counterparts: ['Jens Stoltenberg'] },
    { topic: 'Libya', counterparts: ['NATO'] },
    { topic: 'missile defense', counterparts: ['NATO', 'United States'] },
  ],
  'edge-evidence': [
    {
      article: 'doc-a',
      title: 'Nga và NATO còn bất đồng',
      sentence: 'Nga và NATO hôm qua (4/7) thừa nhận họ vẫn còn mâu thuẫn với nhau về vấn đề Libya.',
      start: 0,
      end: 82,
    },
    { article: 'doc-b', title: 'Russia and NATO', sentence: 'NATO Secretary General Jens Stoltenberg criticized Russia.', start: 0, end: 58 },
  ],
  // The loader writes the model's PageRank (its figures are checked in test/neo4j/load.test.ts).
  'central-actors': [
    { actor: 'Russia', degree: 7, pagerank: expect.any(Number) },
    { actor: 'NATO', degree: 3, pagerank: expect.any(Number) },
    { actor: 'United States', degree: 3, pagerank: expect.any(Number) },
    { actor: 'Barack Obama', degree: 2, pagerank: expect.any(Number) },
    { actor: 'Dmitry Medvedev', degree: 2, pagerank: expect.any(Number) },
  ],
  'shortest-path': [
    { path: ['Jens Stoltenberg', 'Russia', 'Dmitry Medvedev', 'Barack Obama'], via: ['CRITICIZE', 'HOLDS_POSITION', 'CALL'] },
    { path: ['Jens Stoltenberg', 'Russia', 'United States', 'Barack Obama'], via: ['CRITICIZE', 'OPPOSE', 'HOLDS_POSITION'] },
  ],
  'cooperate-and-disagree': [{ a: 'NATO', b: 'Russia', cooperation: ['COOPERATE'], conflict: ['DISAGREE'] }],
  'article-says': [
    { title: 'Russia and NATO', subject: 'Jens Stoltenberg', predicate: 'CRITICIZE', object: 'Russia', topics: [] },
    { title: 'Russia and NATO', subject: 'Jens Stoltenberg', predicate: 'HOLDS_POSITION', object: 'NATO', topics: ['Secretary General'] },
    { title: 'Russia and NATO', subject: 'NATO', predicate: 'DISAGREE', object: 'Russia', topics: ['Libya', 'missile defense'] },
    { title: 'Russia and NATO', subject: 'United Kingdom', predicate: 'SANCTION', object: 'Russia', topics: [] },
  ],
  'pair-timeline': [
    { date: '2011-07-04', subject: 'NATO', predicate: 'DISAGREE', object: 'Russia', topics: ['Libya', 'missile defense'] },
    { date: '2011-07-14', subject: 'NATO', predicate: 'COOPERATE', object: 'Russia', topics: ['Afghanistan'] },
  ],
  'positions-by-country': [
    { country: 'Russia', person: 'Dmitry Medvedev', post: 'President' },
    { country: 'Russia', person: 'Sergei Lavrov', post: 'Foreign Minister' },
    { country: 'United States', person: 'Barack Obama', post: 'President' },
    { country: 'United States', person: 'Hillary Clinton', post: 'Secretary of State' },
  ],
  'predicates-by-quad-class': [
    { quadClass: 'material-conflict', predicate: 'SANCTION', edges: 1, evidence: 1 },
    { quadClass: 'neutral', predicate: 'HOLDS_POSITION', edges: 5, evidence: 5 },
    { quadClass: 'verbal-conflict', predicate: 'CRITICIZE', edges: 1, evidence: 1 },
    { quadClass: 'verbal-conflict', predicate: 'DISAGREE', edges: 1, evidence: 2 },
    { quadClass: 'verbal-conflict', predicate: 'OPPOSE', edges: 1, evidence: 1 },
    { quadClass: 'verbal-cooperation', predicate: 'CALL', edges: 1, evidence: 1 },
    { quadClass: 'verbal-cooperation', predicate: 'COOPERATE', edges: 1, evidence: 1 },
    { quadClass: 'verbal-cooperation', predicate: 'MEET', edges: 1, evidence: 2 },
  ],
  // "Moscow" is an alias only second.json knows: the aliases of both loads were unioned.
  'find-by-alias': [{ id: 'russia', name: 'Russia', labels: ['Entity', 'Country'] }],
  'most-mentioned': [
    { entity: 'Russia', mentions: 7, articles: 3 },
    { entity: 'NATO', mentions: 3, articles: 3 },
    { entity: 'Hillary Clinton', mentions: 2, articles: 2 },
  ],
};

describe('cookbook', () => {
  it('has at least ten recipes, each with an expected result here', () => {
    expect(COOKBOOK.length).toBeGreaterThanOrEqual(10);
    expect(COOKBOOK.map((r) => r.id).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(COOKBOOK.map((r) => [r.id, r.question]))('%s: %s', async (id) => {
    expect(await rows(id)).toEqual(EXPECTED[id]);
  });

  it('answers for other parameters too (Lavrov and Clinton, their evidence)', async () => {
    expect((await rows('edge-evidence', { a: 'sergei-lavrov', b: 'hillary-clinton', predicate: 'MEET' })).map((r) => r.article)).toEqual(['doc-a', 'doc-c']);
    expect(await rows('pair-timeline', { a: 'sergei-lavrov', b: 'hillary-clinton' })).toEqual([
      { date: '2011-07-13', subject: 'Hillary Clinton', predicate: 'MEET', object: 'Sergei Lavrov', topics: [] },
      { date: '2011-07-14', subject: 'Hillary Clinton', predicate: 'MEET', object: 'Sergei Lavrov', topics: [] },
    ]);
  });
});

describe('docs/cookbook.md', () => {
  it('is generated from the recipes (regenerate with npx tsx packages/graph/src/neo4j/cookbook-doc.ts)', () => {
    expect(fs.readFileSync(COOKBOOK_DOC, 'utf8')).toBe(cookbookMarkdown());
  });
  it("and so is the root README's cookbook section", () => {
    const readme = fs.readFileSync(ROOT_README, 'utf8');
    expect(readme).toBe(readmeWithCookbook(readme));
  });
});
