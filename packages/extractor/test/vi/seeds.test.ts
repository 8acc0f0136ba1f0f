/**
 * The seeds (five scraped Vietnamese pages) through the whole pipeline: ingestion,
 * the Vietnamese plugin and the cross-document merge, as `kg extract` runs them.
 * Each expectation was checked by reading the seed text.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { extractFiles } from '../../src/pipeline.js';
import type { Graph, Relation } from '../../src/schema.js';

const SEEDS = new URL('../../../../seeds/', import.meta.url).pathname;
let graph: Graph;
const idOf = (name: string): string => {
  const e = graph.entities.find((x) => x.name === name || x.aliases.includes(name));
  if (!e) throw new Error(`no entity named ${name}`);
  return e.id;
};
/** Relations between two named entities (either order for symmetric predicates). */
function find(subject: string, predicate: string, object: string): Relation[] {
  const s = idOf(subject),
    o = idOf(object);
  return graph.relations.filter(
    (r) =>
      r.predicate === predicate &&
      ((r.subject === s && r.object === o) || (['MEET', 'CALL', 'COOPERATE', 'DISAGREE', 'CONFLICT'].includes(predicate) && r.subject === o && r.object === s)),
  );
}

beforeAll(async () => {
  graph = (await extractFiles([SEEDS], { quiet: true, jobs: 1 })).graph;
});

describe('seeds: relations the articles state', () => {
  it('Sergei Lavrov MEET Hillary Clinton on 13 July', () => {
    const dates = find('Sergei Lavrov', 'MEET', 'Hillary Clinton').map((r) => r.date);
    expect(dates.some((d) => d === '--07-13' || /^\d{4}-07-13$/.test(d ?? ''))).toBe(true);
  });
  it('Russia DISAGREE NATO on missile defense and on Libya', () => {
    const topics = find('Russia', 'DISAGREE', 'NATO')
      .filter((r) => !r.negated)
      .map((r) => r.topic);
    expect(topics).toEqual(expect.arrayContaining(['missile defense', 'Libya']));
  });
  it('Lloyd Austin CALL Andrey Belousov', () => {
    expect(find('Lloyd Austin', 'CALL', 'Andrey Belousov').some((r) => !r.negated)).toBe(true);
  });
  it('Russia DEMAND NATO (to clarify its security commitments)', () => {
    const r = find('Russia', 'DEMAND', 'NATO');
    expect(r.length).toBeGreaterThan(0);
    expect(r.flatMap((x) => x.evidence.map((e) => e.sentence)).some((s) => s.includes('làm rõ'))).toBe(true);
  });
  it('United Kingdom SANCTION Russia', () => {
    expect(find('United Kingdom', 'SANCTION', 'Russia').some((r) => !r.negated)).toBe(true);
  });
  it.each([
    ['Sergei Lavrov', 'Russia', 'Foreign Minister'],
    ['Anders Fogh Rasmussen', 'NATO', 'Secretary General'],
    ['Jens Stoltenberg', 'NATO', 'Secretary General'],
    ['Lloyd Austin', 'United States', 'Defense Minister'],
  ])('%s HOLDS_POSITION %s (%s)', (person, body, title) => {
    expect(find(person, 'HOLDS_POSITION', body).map((r) => r.topic)).toContain(title);
  });
  it('negated: Russia and NATO could not agree on missile defense', () => {
    expect(find('Russia', 'COOPERATE', 'NATO').some((r) => r.negated && r.topic === 'missile defense')).toBe(true);
  });
});

describe('seeds: nothing clearly wrong', () => {
  it('takes nothing from teaser lists, headings or captions: every evidence is a prose sentence of its article', () => {
    const text = new Map(graph.documents.map((d) => [d.id, d.text ?? '']));
    for (const r of graph.relations)
      for (const e of r.evidence) {
        expect(text.get(e.doc)!.slice(e.start, e.end)).toBe(e.sentence);
        expect(e.sentence).toMatch(/[.!?…"”]$/u);
      }
    // names that occur only in the pages' "related news" teasers
    const names = graph.entities.flatMap((e) => [e.name, ...e.aliases]);
    for (const teaserOnly of [
      'Zelensky',
      'Mark Zuckerberg',
      'Netanyahu',
      'Rex Tillerson',
      'Kazem Gharibabadi',
      'Jared Isaacman',
      'India',
      'Iran',
      'Thailand',
      'Spain',
    ])
      expect(names.filter((n) => n.includes(teaserOnly))).toEqual([]);
  });
  it('keeps titles and honorifics out of person names', () => {
    // syllables of titles, honorifics and the countries that precede names in these articles
    const titleSyllables = new Set([
      'ngoại',
      'trưởng',
      'tổng',
      'thống',
      'bộ',
      'thủ',
      'tướng',
      'thư',
      'ký',
      'phát',
      'ngôn',
      'viên',
      'ông',
      'bà',
      'nga',
      'mỹ',
      'anh',
      'nato',
    ]);
    for (const p of graph.entities.filter((e) => e.type === 'Person'))
      for (const form of [p.name, ...p.aliases])
        expect({
          form,
          leaked: form
            .toLowerCase()
            .split(/\s+/)
            .filter((w) => titleSyllables.has(w)),
        }).toEqual({ form, leaked: [] });
    expect(graph.entities.some((e) => e.name === 'Lloyd Austin' && e.type === 'Person')).toBe(true);
  });
  it('makes no entities of news agencies and outlets', () => {
    const names = graph.entities.flatMap((e) => [e.name, ...e.aliases]);
    for (const outlet of ['Reuters', 'AP', 'TTXVN', 'Sky News', 'The Hill', 'Kinhtedothi', 'VNMedia', 'Bee.net.vn', 'VGT', 'Rossiya 1'])
      expect(names).not.toContain(outlet);
  });
  it('resolves seats of government acting as their country', () => {
    expect(graph.entities.find((e) => e.id === idOf('Russia'))!.aliases).toEqual(expect.arrayContaining(['Moscow', 'Điện Kremlin']));
    expect(graph.entities.find((e) => e.id === idOf('United States'))!.aliases).toContain('Washington');
  });
  it('merges spelling variants of one person', () => {
    const lavrov = graph.entities.filter((e) => e.aliases.includes('Sergey Lavrov') || e.aliases.includes('Sergei Lavrov'));
    expect(lavrov).toHaveLength(1);
    const putin = graph.entities.filter((e) => e.aliases.includes('Valdimir Putin') || e.aliases.includes('Vladimir Putin'));
    expect(putin.map((e) => e.name)).toEqual(['Vladimir Putin']);
  });
});
