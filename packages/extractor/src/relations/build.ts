/**
 * Collects relation sightings into contract Relation objects: one object per
 * (subject, predicate, object, topic, negated); repeated sightings add evidence.
 * Symmetric predicates are stored with subject and object in id order, so
 * "Russia DISAGREE NATO" and "NATO DISAGREE Russia" are one relation.
 */
import { isSymmetric, relationKey, type Evidence, type Predicate, type Relation } from '../schema.js';

export interface Sighting {
  subject: string;
  predicate: Predicate;
  object: string;
  topic?: string;
  date?: string;
  negated: boolean;
  attributedTo: string | null;
  confidence: number;
  evidence: Evidence;
}

export class RelationSet {
  private readonly byKey = new Map<string, Relation>();

  /** `orderSymmetric: false` keeps a symmetric relation in the direction it was read (the English plugin's output; the corpus merge orders it). */
  constructor(private readonly orderSymmetric = true) {}

  add(s: Sighting): void {
    if (s.subject === s.object) return;
    let { subject, object } = s;
    if (this.orderSymmetric && isSymmetric(s.predicate) && object < subject) [subject, object] = [object, subject];
    const topic = s.topic?.trim() || undefined;
    const key = relationKey({ subject, predicate: s.predicate, object, topic, negated: s.negated });
    const confidence = Math.round(Math.min(1, Math.max(0, s.confidence)) * 100) / 100;
    const found = this.byKey.get(key);
    if (!found) {
      // Optional fields assigned, not spread from literals (V8's slow generic copy, per sighting);
      // key order is no matter: the contract's schema orders the keys of graph.json.
      const r: Relation = { subject, predicate: s.predicate, object, negated: s.negated, attributedTo: s.attributedTo, confidence, evidence: [s.evidence] };
      if (topic) r.topic = topic;
      if (s.date) r.date = s.date;
      this.byKey.set(key, r);
      return;
    }
    found.confidence = Math.max(found.confidence, confidence);
    if (!found.date && s.date) found.date = s.date;
    // A relation stated without attribution anywhere is not one side's claim.
    if (found.attributedTo !== s.attributedTo) found.attributedTo = s.attributedTo === null || found.attributedTo === null ? null : found.attributedTo;
    if (!found.evidence.some((e) => e.doc === s.evidence.doc && e.start === s.evidence.start)) found.evidence.push(s.evidence);
  }

  list(): Relation[] {
    return [...this.byKey.values()];
  }
}
