/**
 * Throughput of mergeExtractions on synthetic extractions (many documents, persons written
 * with spelling variants and surname-only references, relations told both ways), against
 * a baseline measured in the same run: a plain merge by id with no person clustering.
 * Run: npx tsx packages/extractor/scripts/bench-merge.ts [documents]
 */
import { mergeExtractions } from '../src/corpus.js';
import type { Relation } from '../src/schema.js';
import type { DocumentExtraction, LocalEntity } from '../src/types.js';

const DOCS = Number(process.argv[2] ?? 2000);
const GIVEN = ['Anna', 'Boris', 'Carla', 'Dmitri', 'Elena', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Karim', 'Lena'];
// Deterministic pseudo-random numbers, so every run measures the same input.
let seed = 42;
const rnd = (n: number) => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return Math.floor((seed / 2 ** 32) * n);
};
const word = (len: number) => Array.from({ length: len }, (_, i) => String.fromCharCode((i === 0 ? 65 : 97) + rnd(26))).join('');
const SURNAMES = Array.from({ length: 2000 }, () => word(6 + rnd(4)));
const variant = (g: string, k: number) => (k % 3 === 1 ? `${g[0]}.` : k % 3 === 2 ? `${g}a` : g);

function doc(d: number): DocumentExtraction {
  const id = `doc${d}`;
  const entities: LocalEntity[] = [];
  for (let k = 0; k < 15; k++) {
    const s = SURNAMES[rnd(SURNAMES.length)],
      g = GIVEN[rnd(GIVEN.length)];
    const name = rnd(4) === 0 ? s : `${variant(g, rnd(3))} ${s}`;
    const eid = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    if (entities.some((e) => e.id === eid)) continue;
    entities.push({ id: eid, name, type: 'Person', aliases: [name], mentions: [{ start: k * 100, end: k * 100 + name.length, text: name, entity: eid }] });
  }
  entities.push({
    id: 'ruritania',
    name: 'Ruritania',
    type: 'Country',
    aliases: ['Ruritania'],
    mentions: [{ start: 5000, end: 5009, text: 'Ruritania', entity: 'ruritania' }],
  });
  const relations: Relation[] = [];
  for (let k = 0; k < 20; k++) {
    const a = entities[rnd(entities.length)].id,
      b = entities[rnd(entities.length)].id;
    if (a === b) continue;
    relations.push({
      subject: a,
      predicate: rnd(2) ? 'MEET' : 'CRITICIZE',
      object: b,
      negated: false,
      attributedTo: null,
      confidence: 0.5,
      evidence: [{ doc: id, sentence: `${a} ${b}`, start: k * 50, end: k * 50 + 40 }],
    });
  }
  return { document: { id, path: `${id}.txt`, title: id, lang: 'en', published: null }, entities, relations };
}

function byIdOnly(list: DocumentExtraction[]): number {
  const ents = new Map<string, number>(),
    rels = new Map<string, number>();
  for (const x of list) {
    for (const e of x.entities) ents.set(e.id, (ents.get(e.id) ?? 0) + e.mentions.length);
    for (const r of x.relations) rels.set(`${r.subject} ${r.predicate} ${r.object}`, 1);
  }
  return ents.size + rels.size;
}

const list = Array.from({ length: DOCS }, (_, d) => doc(d));
const time = (label: string, fn: () => unknown): number => {
  fn();
  const t0 = process.hrtime.bigint();
  fn();
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(`${label.padEnd(24)} ${(DOCS / s).toFixed(0).padStart(8)} docs/s  (${s.toFixed(3)} s for ${DOCS} documents)`);
  return s;
};
const base = time('baseline: merge by id', () => byIdOnly(list));
const full = time('mergeExtractions', () => mergeExtractions(list));
const g = mergeExtractions(list);
console.log(`entities ${g.entities.length}, relations ${g.relations.length}; mergeExtractions takes ${(full / base).toFixed(1)}x the baseline`);
