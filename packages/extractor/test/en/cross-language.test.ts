/**
 * One entity across languages: a Vietnamese seed and an English article about the same
 * meeting go through the real pipeline (extractFiles: both plugins, then the corpus merge),
 * and the shared people, countries and bodies come out as one node each, with both
 * languages' surface forms as aliases and mentions in both documents.
 */
import { describe, it, expect, beforeAll } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { extractFiles } from '../../src/pipeline.js';
import type { Entity, Graph } from '../../src/schema.js';

const seed = fileURLToPath(new URL('../../../../seeds/000_a4d32bf12a255a0f.txt', import.meta.url));
const english = fileURLToPath(new URL('../fixtures/mixed/en-lavrov-rasmussen-sochi.md', import.meta.url));
const VI = '000_a4d32bf12a255a0f';
const EN = 'en-lavrov-rasmussen-sochi';

let graph: Graph;
beforeAll(async () => {
  ({ graph } = await extractFiles([seed, english], { jobs: 1, quiet: true }));
});

const entity = (id: string): Entity | undefined => graph.entities.find((e) => e.id === id);
const docsOf = (e: Entity): string[] => [...new Set(e.mentions.map((m) => m.doc))].sort();

describe('en + vi: one node per shared entity', () => {
  it('reads one document per language', () => {
    expect(graph.documents.map((d) => [d.id, d.lang]).sort()).toEqual(
      [
        [VI, 'vi'],
        [EN, 'en'],
      ].sort(),
    );
  });

  it.each([
    ['russia', 'Country', ['Nga', 'Russia']],
    ['united-states', 'Country', ['Mỹ', 'U.S.']],
    ['nato', 'Organization', ['NATO']],
    ['nato-russia-council', 'Organization', ['Hội đồng Nga-NATO', 'NATO-Russia Council']],
    ['black-sea', 'Location', ['Biển Đen', 'Black Sea']],
    ['sergei-lavrov', 'Person', ['Sergei Lavrov', 'Sergey Lavrov', 'Lavrov']],
    ['hillary-clinton', 'Person', ['Hillary Clinton']],
    ['dmitry-medvedev', 'Person', ['Dmitry Medvedev']],
  ] as const)('%s is one %s seen in both documents', (id, type, aliases) => {
    const e = entity(id);
    expect(e).toBeDefined();
    expect(e!.type).toBe(type);
    expect(docsOf(e!)).toEqual([VI, EN].sort());
    expect(e!.aliases).toEqual(expect.arrayContaining([...aliases]));
  });

  it('there is exactly one Lavrov and one Russia', () => {
    expect(graph.entities.filter((e) => /lavrov/.test(e.id))).toHaveLength(1);
    expect(graph.entities.filter((e) => e.aliases.includes('Nga') || e.aliases.includes('Russia'))).toHaveLength(1);
  });

  it('"lá chắn tên lửa" and "missile shield" are one topic: Russia–NATO DISAGREE has evidence in both languages', () => {
    const r = graph.relations.find((x) => x.predicate === 'DISAGREE' && [x.subject, x.object].sort().join() === 'nato,russia' && x.topic === 'missile defense');
    expect(r).toBeDefined();
    expect([...new Set(r!.evidence.map((e) => e.doc))].sort()).toEqual([VI, EN].sort());
  });

  it('the English relations point at the merged nodes', () => {
    const ids = new Set(graph.entities.map((e) => e.id));
    const fromEn = graph.relations.filter((r) => r.evidence.some((ev) => ev.doc === EN));
    expect(fromEn.length).toBeGreaterThan(0);
    expect(fromEn.every((r) => ids.has(r.subject) && ids.has(r.object))).toBe(true);
    expect(fromEn.some((r) => r.subject === 'sergei-lavrov' && r.predicate === 'HOLDS_POSITION' && r.object === 'russia')).toBe(true);
  });
});
