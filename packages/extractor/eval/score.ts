/** Scores a contract graph against the gold documents: per document, then summed by language, type and predicate. */
import type { Graph } from '../src/schema.js';
import { scoreEntities, type EntityScore, type PredEntity } from './entities.js';
import type { GoldDoc } from './gold.js';
import { mapRelations, scoreRelations, type RelationScore } from './relations.js';

export interface DocScore {
  id: string;
  lang: string;
  entities: EntityScore;
  relations: RelationScore;
}

/** The predicted entities that have a mention in `doc`, with the surfaces seen there. */
function entitiesOf(graph: Graph, doc: string): PredEntity[] {
  return graph.entities
    .filter((e) => e.mentions.some((m) => m.doc === doc))
    .map((e) => ({ id: e.id, name: e.name, type: e.type, surfaces: e.mentions.filter((m) => m.doc === doc).map((m) => m.text) }));
}

/** Scores every gold document; a gold document the graph does not hold scores as all misses. */
export function scoreGraph(graph: Graph, gold: Map<string, GoldDoc>): DocScore[] {
  return [...gold.values()].map((g) => {
    const lang = graph.documents.find((d) => d.id === g.id)?.lang ?? (g.id.startsWith('en') ? 'en' : 'vi');
    const entities = scoreEntities(entitiesOf(graph, g.id), g.entities);
    const rels = graph.relations.filter((r) => r.evidence.some((e) => e.doc === g.id));
    const relations = scoreRelations(mapRelations(rels, entities.goldOf, g.id), g.relations);
    return { id: g.id, lang, entities, relations };
  });
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
export const precision = (c: Counts) => (c.tp + c.fp ? c.tp / (c.tp + c.fp) : NaN);
export const recall = (c: Counts) => (c.tp + c.fn ? c.tp / (c.tp + c.fn) : NaN);
export const f1 = (c: Counts) => {
  const p = precision(c),
    r = recall(c);
  return p + r ? (2 * p * r) / (p + r) : NaN;
};

/** Relation recall counts gold relations found; precision counts distinct predicted relations. */
export interface RelCounts {
  tp: number;
  fp: number;
  found: number;
  missed: number;
}
const zeroRel = (): RelCounts => ({ tp: 0, fp: 0, found: 0, missed: 0 });
export const relPrecision = (c: RelCounts) => (c.tp + c.fp ? c.tp / (c.tp + c.fp) : NaN);
export const relRecall = (c: RelCounts) => (c.found + c.missed ? c.found / (c.found + c.missed) : NaN);

export interface Ratio {
  ok: number;
  of: number;
}

export interface Summary {
  docs: number;
  entities: Counts;
  entitiesByType: Record<string, Counts>;
  relations: RelCounts; // every predicate
  events: RelCounts; // without HOLDS_POSITION and MEMBER_OF (the structural ones)
  relationsByPredicate: Record<string, RelCounts>;
  topic: Ratio; // topic agreement on found relations that have a gold topic (not titles)
  title: Ratio; // the same for HOLDS_POSITION titles
  negation: Ratio; // negation flag right on found relations
  negatedFound: Ratio; // of found gold relations that are negated, how many came out negated
}

const STRUCTURAL = new Set(['HOLDS_POSITION', 'MEMBER_OF']);
const bump = <T>(rec: Record<string, T>, key: string, make: () => T): T => (rec[key] ??= make());

/** Sums document scores into one summary. */
export function summarize(scores: DocScore[]): Summary {
  const s: Summary = {
    docs: scores.length,
    entities: zero(),
    entitiesByType: {},
    relations: zeroRel(),
    events: zeroRel(),
    relationsByPredicate: {},
    topic: { ok: 0, of: 0 },
    title: { ok: 0, of: 0 },
    negation: { ok: 0, of: 0 },
    negatedFound: { ok: 0, of: 0 },
  };
  for (const d of scores) {
    for (const j of d.entities.judgements) {
      if (j.outcome === 'optional') continue;
      const key = j.outcome === 'tp' ? 'tp' : 'fp';
      s.entities[key]++;
      bump(s.entitiesByType, j.pred.type, zero)[key]++;
    }
    for (const g of d.entities.missed) {
      s.entities.fn++;
      bump(s.entitiesByType, g.type[0], zero).fn++;
    }
    for (const j of d.relations.judgements) {
      if (j.outcome === 'optional') continue;
      const key = j.outcome === 'tp' ? 'tp' : 'fp';
      s.relations[key]++;
      if (!STRUCTURAL.has(j.pred.predicate)) s.events[key]++;
      bump(s.relationsByPredicate, j.pred.predicate, zeroRel)[key]++;
    }
    const tally = (g: { predicate: string[] }, key: 'found' | 'missed') => {
      s.relations[key]++;
      if (!STRUCTURAL.has(g.predicate[0])) s.events[key]++;
      bump(s.relationsByPredicate, g.predicate[0], zeroRel)[key]++;
    };
    for (const f of d.relations.found) {
      tally(f.gold, 'found');
      if (f.topicOk !== null) {
        const r = f.gold.predicate[0] === 'HOLDS_POSITION' ? s.title : s.topic;
        r.of++;
        if (f.topicOk) r.ok++;
      }
      s.negation.of++;
      if (f.negationOk) s.negation.ok++;
      if (f.gold.negated) {
        s.negatedFound.of++;
        if (f.negationOk) s.negatedFound.ok++;
      }
    }
    for (const g of d.relations.missed) tally(g, 'missed');
  }
  return s;
}
