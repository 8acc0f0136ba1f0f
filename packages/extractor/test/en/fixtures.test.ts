/**
 * The English fixture articles through the real pipeline (ingest → en plugin → merge →
 * contract check): offsets point at their text, and relations a reader finds in them come out.
 */
import { describe, it, expect, beforeAll } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { extractFiles } from '../../src/pipeline.js';
import type { Graph, Relation } from '../../src/schema.js';
import { isSymmetric } from '../../src/schema.js';

const dir = fileURLToPath(new URL('../fixtures/en/', import.meta.url));
let graph: Graph;
beforeAll(async () => {
  ({ graph } = await extractFiles([dir], { jobs: 1, quiet: true }));
});

/** Relations between two entities (either order for symmetric predicates). */
function rel(s: string, p: Relation['predicate'], o: string, doc?: string): Relation[] {
  return graph.relations.filter(
    (r) =>
      r.predicate === p &&
      ((r.subject === s && r.object === o) || (isSymmetric(p) && r.subject === o && r.object === s)) &&
      (!doc || r.evidence.some((e) => e.doc === doc)),
  );
}

describe('en fixtures through extractFiles', () => {
  it('reads every article as English', () => {
    expect(graph.documents).toHaveLength(6);
    expect(graph.documents.every((d) => d.lang === 'en')).toBe(true);
  });

  it('every mention and evidence span is the text it claims', () => {
    const text = new Map(graph.documents.map((d) => [d.id, d.text!]));
    for (const e of graph.entities) for (const m of e.mentions) expect(text.get(m.doc)!.slice(m.start, m.end)).toBe(m.text);
    for (const r of graph.relations) for (const ev of r.evidence) expect(text.get(ev.doc)!.slice(ev.start, ev.end)).toBe(ev.sentence);
  });

  it('places never act', () => {
    const places = new Set(graph.entities.filter((e) => e.type === 'Location').map((e) => e.id));
    expect(graph.relations.filter((r) => places.has(r.subject))).toEqual([]);
  });

  it.each([
    ['en-01-lavrov-clinton-missile-defense', 'sergei-lavrov', 'MEET', 'hillary-clinton', { date: '2011-07-13' }],
    ['en-01-lavrov-clinton-missile-defense', 'russia', 'CRITICIZE', 'nato', { topic: 'Libya' }],
    ['en-01-lavrov-clinton-missile-defense', 'sergei-lavrov', 'DEMAND', 'nato', {}],
    ['en-01-lavrov-clinton-missile-defense', 'united-states', 'DEPLOY', 'russia', { negated: true, attributedTo: 'hillary-clinton' }],
    ['en-02-eu-sanctions-russia', 'european-union', 'SANCTION', 'russia', { date: '2024-02-23' }],
    ['en-03-nato-summit-ukraine', 'finland', 'JOIN', 'nato', {}],
    ['en-03-nato-summit-ukraine', 'sweden', 'JOIN', 'nato', {}],
    ['en-03-nato-summit-ukraine', 'turkey', 'SUPPORT', 'sweden', { date: '2023-07-10' }],
    ['en-04-china-russia-summit', 'xi-jinping', 'MEET', 'vladimir-putin', { date: '2024-05-16' }],
    ['en-04-china-russia-summit', 'antony-blinken', 'WARN', 'china', {}],
    ['en-05-black-sea-grain', 'russia', 'ATTACK', 'odesa', { attributedTo: 'ukraine', date: '2023-07-18' }],
    ['en-06-us-china-talks', 'antony-blinken', 'MEET', 'wang-yi', { date: '--06-19' }],
  ] as const)('%s: %s %s %s', (doc, s, p, o, fields) => {
    const found = rel(s, p, o, doc);
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(expect.arrayContaining([expect.objectContaining(fields)]));
  });

  it('Russia and NATO disagree over both Libya and missile defense on July 4', () => {
    const topics = rel('russia', 'DISAGREE', 'nato', 'en-01-lavrov-clinton-missile-defense').map((r) => [r.topic, r.date]);
    expect(topics).toEqual(
      expect.arrayContaining([
        ['Libya', '2011-07-04'],
        ['missile defense', '2011-07-04'],
      ]),
    );
  });

  it.each([
    ['sergei-lavrov', 'russia', 'Foreign Minister'],
    ['jens-stoltenberg', 'nato', 'Secretary General'],
    ['antony-blinken', 'united-states', 'Secretary of State'],
    ['wang-yi', 'china', 'Foreign Minister'],
    ['volodymyr-zelensky', 'ukraine', 'President'],
  ])('%s holds the post of %s %s', (person, holder, title) => {
    expect(rel(person, 'HOLDS_POSITION', holder).map((r) => r.topic)).toContain(title);
  });

  it('capitals that act are their countries, with every surface as an alias', () => {
    const aliases = (id: string) => graph.entities.find((e) => e.id === id)!.aliases;
    expect(aliases('russia')).toEqual(expect.arrayContaining(['Russia', 'Moscow', 'Kremlin']));
    expect(aliases('china')).toEqual(expect.arrayContaining(['China', 'Beijing']));
    expect(aliases('united-states')).toEqual(expect.arrayContaining(['United States', 'U.S.', 'Washington']));
  });
});
