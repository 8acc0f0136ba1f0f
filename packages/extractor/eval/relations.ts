/**
 * Relation scoring for one document. A predicted relation is correct when its subject and
 * object map to the gold entities of a gold relation and the predicate matches (symmetric
 * predicates in either order). Predicted relations are counted once per (subject, predicate,
 * object) after mapping; topic and negation are judged separately on the matched ones.
 */
import { isSymmetric, type Predicate, type Relation } from '../src/schema.js';
import type { GoldRelation } from './gold.js';
import { topicsAgree } from './normalize.js';

/** A predicted relation with its ends mapped to gold names ("?<id>" when the entity is not in the gold). */
export interface MappedRelation {
  subject: string;
  predicate: Predicate;
  object: string;
  variants: Pick<Relation, 'topic' | 'negated'>[];
  sentence: string;
}

export type RelationOutcome = 'tp' | 'optional' | 'fp';

export interface RelationScore {
  judgements: { pred: MappedRelation; outcome: RelationOutcome }[];
  found: { gold: GoldRelation; topicOk: boolean | null; negationOk: boolean }[];
  missed: GoldRelation[];
}

/** Whether `p` states gold relation `g`. */
export function relationMatches(p: Pick<MappedRelation, 'subject' | 'predicate' | 'object'>, g: GoldRelation): boolean {
  if (!g.predicate.includes(p.predicate)) return false;
  if (g.subject.includes(p.subject) && g.object.includes(p.object)) return true;
  return isSymmetric(p.predicate) && g.subject.includes(p.object) && g.object.includes(p.subject);
}

/** Collapses the document's predicted relations to one per mapped (subject, predicate, object). */
export function mapRelations(rels: Relation[], goldOf: Map<string, string>, doc: string): MappedRelation[] {
  const byKey = new Map<string, MappedRelation>();
  for (const r of rels) {
    let s = goldOf.get(r.subject) ?? `?${r.subject}`;
    let o = goldOf.get(r.object) ?? `?${r.object}`;
    if (isSymmetric(r.predicate) && o < s) [s, o] = [o, s];
    if (s === o) continue; // two predicted entities that are one gold entity: nothing to score
    const key = `${s}\u0000${r.predicate}\u0000${o}`;
    const sentence = r.evidence.find((e) => e.doc === doc)?.sentence ?? '';
    const m = byKey.get(key) ?? { subject: s, predicate: r.predicate, object: o, variants: [], sentence };
    m.variants.push({ topic: r.topic, negated: r.negated });
    byKey.set(key, m);
  }
  return [...byKey.values()];
}

/** Judges mapped predicted relations against the gold relations of one document. */
export function scoreRelations(pred: MappedRelation[], gold: GoldRelation[]): RelationScore {
  const judgements = pred.map((p) => {
    const hits = gold.filter((g) => relationMatches(p, g));
    const outcome: RelationOutcome = hits.some((g) => !g.optional) ? 'tp' : hits.length ? 'optional' : 'fp';
    return { pred: p, outcome };
  });
  const found: RelationScore['found'] = [];
  const missed: GoldRelation[] = [];
  for (const g of gold.filter((g) => !g.optional)) {
    const hits = pred.filter((p) => relationMatches(p, g));
    if (!hits.length) {
      missed.push(g);
      continue;
    }
    const variants = hits.flatMap((p) => p.variants);
    const topicOk = g.topic === undefined ? null : variants.some((v) => v.topic !== undefined && topicsAgree(g.topic!, v.topic));
    const negationOk = variants.some((v) => v.negated === g.negated);
    found.push({ gold: g, topicOk, negationOk });
  }
  return { judgements, found, missed };
}
