/**
 * The cookbook on the real thing: the five seed articles through the real extractor, loaded
 * into the real Neo4j, every recipe run. The expectations are facts a reader finds in the
 * seed articles (checked by reading them), not whatever the extractor happens to give:
 * rows may be added as the extractor improves, these must stay.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { extractFiles } from '@kg/extractor';
import { COOKBOOK, recipe } from '../../src/neo4j/cookbook.js';
import { loadGraph } from '../../src/neo4j/load.js';
import { runReadQuery } from '../../src/neo4j/query.js';
import { testDriver, wipe } from '../neo4j/db.js';

const SEEDS = fileURLToPath(new URL('../../../../seeds/', import.meta.url));
type Row = Record<string, unknown>;

let driver: Driver;
beforeAll(async () => {
  const { graph } = await extractFiles([SEEDS], { quiet: true, jobs: 1 });
  driver = await testDriver();
  await wipe(driver);
  await loadGraph(driver, graph, { quiet: true });
});
afterAll(async () => {
  await driver?.close();
});

const rows = async (id: string, params: Row = {}): Promise<Row[]> => {
  const r = recipe(id);
  return (await runReadQuery(driver, r.cypher, { ...r.params, ...params })).rows as Row[];
};
const pair = (row: Row): string => [row.a, row.b].sort().join(' & ');

describe('the cookbook on the seeds loaded into Neo4j', () => {
  it('runs every recipe without error', async () => {
    const params: Record<string, Row> = {
      'shortest-path': { from: 'sergei-lavrov', to: 'jens-stoltenberg' },
      'article-says': { article: '004_ebdb437c413fb02c' },
    };
    for (const r of COOKBOOK) await expect(rows(r.id, params[r.id])).resolves.toBeInstanceOf(Array);
  });

  it('who met or called whom: Lavrov met Clinton on 13 July, Austin called Belousov on 12 July', async () => {
    const found = await rows('met-or-called');
    const lavrov = found.find((r) => pair(r) === 'Hillary Clinton & Sergei Lavrov' && r.how === 'MEET');
    expect(lavrov).toBeDefined();
    expect((lavrov!.dates as string[]).some((d) => d.endsWith('07-13'))).toBe(true);
    const call = found.find((r) => pair(r) === 'Andrei Belousov & Lloyd Austin' && r.how === 'CALL');
    expect(call).toBeDefined();
    expect((call!.dates as string[]).some((d) => d.endsWith('07-12'))).toBe(true);
  });

  it("Russia's disagreements by topic include NATO on Libya and on missile defense", async () => {
    const byTopic = new Map((await rows('disagreements-by-topic', { entity: 'russia' })).map((r) => [r.topic, r.counterparts as string[]]));
    expect(byTopic.get('Libya')).toContain('NATO');
    expect(byTopic.get('missile defense')).toContain('NATO');
  });

  it('the evidence behind Russia–NATO DISAGREE quotes the article sentence at its offsets', async () => {
    const evidence = await rows('edge-evidence', { a: 'russia', b: 'nato', predicate: 'DISAGREE' });
    const libya = evidence.find((r) => String(r.sentence).includes('mâu thuẫn') && String(r.sentence).includes('Libya'));
    expect(libya).toMatchObject({ article: '000_a4d32bf12a255a0f' });
    expect(Number(libya!.end) - Number(libya!.start)).toBe(String(libya!.sentence).length);
  });

  it('Russia and NATO are the most central actors', async () => {
    const top = (await rows('central-actors', { limit: 2 })).map((r) => r.actor);
    expect(top.sort()).toEqual(['NATO', 'Russia']);
  });

  it('Lavrov and Stoltenberg are connected (through Russia and NATO)', async () => {
    const paths = await rows('shortest-path', { from: 'sergei-lavrov', to: 'jens-stoltenberg' });
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) {
      const names = p.path as string[];
      expect([names[0], names[names.length - 1]]).toEqual(['Sergei Lavrov', 'Jens Stoltenberg']);
      expect(names.length).toBeLessThanOrEqual(5);
    }
  });

  it('NATO and Russia both cooperate and disagree', async () => {
    const both = await rows('cooperate-and-disagree');
    expect(both.map(pair)).toContain('NATO & Russia');
  });

  it('what seed 004 says includes the Austin–Belousov call', async () => {
    const said = await rows('article-says', { article: '004_ebdb437c413fb02c' });
    expect(said.some((r) => r.predicate === 'CALL' && [r.subject, r.object].sort().join() === 'Andrei Belousov,Lloyd Austin')).toBe(true);
  });

  it('the Russia–NATO timeline holds their dated disagreement of 4 July', async () => {
    const timeline = await rows('pair-timeline', { a: 'russia', b: 'nato' });
    expect(timeline.some((r) => r.predicate === 'DISAGREE' && String(r.date).endsWith('07-04'))).toBe(true);
  });

  it("countries' posts: Lavrov is Russia's Foreign Minister, Truss the United Kingdom's", async () => {
    const posts = (await rows('positions-by-country')).map((r) => `${r.country}|${r.person}|${r.post}`);
    expect(posts).toEqual(expect.arrayContaining(['Russia|Sergei Lavrov|Foreign Minister', 'United Kingdom|Liz Truss|Foreign Minister']));
  });

  it('quad classes: the UK sanctions are material conflict', async () => {
    const classes = await rows('predicates-by-quad-class');
    expect(classes).toEqual(expect.arrayContaining([expect.objectContaining({ quadClass: 'material-conflict', predicate: 'SANCTION' })]));
  });

  it('full-text search finds Russia by its alias Moscow and NATO by its Vietnamese name', async () => {
    expect((await rows('find-by-alias', { text: 'Moscow' }))[0]).toMatchObject({ id: 'russia' });
    expect((await rows('find-by-alias', { text: '"Hiệp ước Bắc Đại Tây Dương"' }))[0]).toMatchObject({ id: 'nato' });
  });

  it('the most mentioned entities are Russia and NATO', async () => {
    const top = (await rows('most-mentioned', { limit: 2 })).map((r) => r.entity);
    expect(top.sort()).toEqual(['NATO', 'Russia']);
  });
});
