/**
 * The one edge fold (pure): contract relations → edges, as the graphology model, the Bolt
 * loader and every export see them. Nothing else groups relations into edges.
 *
 * One edge per (subject, predicate, object, negated); symmetric predicates once per pair,
 * subject and object in id order. Relations that differ only by topic or date fold into it:
 * - topics, dates: unioned, sorted;
 * - confidence: the highest;
 * - evidence: one item per (span, topic, date), sorted; weight = distinct spans;
 * - firstSeen/lastSeen: earliest/latest publication date (with a year) of the evidence articles;
 * - attributedTo: the sources when every folded relation is attributed, else none — one
 *   sighting stated as fact makes the edge more than one side's claim (the extractor's
 *   pickAttribution rule).
 */
import { isSymmetric } from '@kg/extractor';
import type { Document, Predicate, Relation } from '@kg/extractor';
import { byString, uniqSorted } from './compare.js';

export interface EdgeEvidence {
  doc: string;
  sentence: string;
  start: number;
  end: number;
  topic?: string;
  date?: string;
}

export interface FoldedEdge {
  /** `subject|PREDICATE|object|affirmed` (or `negated`): the model's edge key and Neo4j's `key`. */
  key: string;
  subject: string;
  predicate: Predicate;
  object: string;
  negated: boolean;
  topics: string[];
  /** Event dates stated in the text (partial ISO), sorted. */
  dates: string[];
  firstSeen: string | null;
  lastSeen: string | null;
  /** Distinct pieces of evidence, counted by (doc, start, end). */
  weight: number;
  confidence: number;
  /** Sorted entity ids; empty when any folded relation is stated as fact. */
  attributedTo: string[];
  evidence: EdgeEvidence[];
}

type EdgeIdentity = Pick<Relation, 'subject' | 'predicate' | 'object' | 'negated'>;

/** The edge key of an (oriented) relation. */
export const edgeKey = (r: EdgeIdentity): string => `${r.subject}|${r.predicate}|${r.object}|${r.negated ? 'negated' : 'affirmed'}`;

/** Key of one piece of evidence: the sentence span in its article. */
export const evidenceKey = (e: { doc: string; start: number; end: number }): string => `${e.doc}:${e.start}-${e.end}`;

/**
 * Symmetric predicates do not care about order: subject and object in id order, so that
 * "A meets B" and "B meets A" are one edge (and merge as one contract relation).
 */
export function canonicalRelation<R extends Pick<Relation, 'subject' | 'predicate' | 'object'>>(r: R): R {
  if (!isSymmetric(r.predicate) || r.subject <= r.object) return r;
  return { ...r, subject: r.object, object: r.subject };
}

/** A date with a year (YYYY, YYYY-MM, YYYY-MM-DD): sorts as text; --MM-DD does not. */
const onTimeline = (d: string | null | undefined): d is string => typeof d === 'string' && /^\d{4}/.test(d);

const byEvidence = (a: EdgeEvidence, b: EdgeEvidence): number =>
  byString(a.doc, b.doc) || a.start - b.start || a.end - b.end || byString(a.topic ?? '', b.topic ?? '') || byString(a.date ?? '', b.date ?? '');

function evidenceItem(r: Relation, e: Relation['evidence'][number]): EdgeEvidence {
  const item: EdgeEvidence = { doc: e.doc, sentence: e.sentence, start: e.start, end: e.end };
  if (r.topic !== undefined) item.topic = r.topic;
  if (r.date !== undefined) item.date = r.date;
  return item;
}

/** Evidence items, one per (span, topic, date): the topic and date say which sighting the sentence backs. */
function evidenceOf(rs: Relation[]): EdgeEvidence[] {
  if (rs.length === 1 && rs[0].evidence.length === 1) return [evidenceItem(rs[0], rs[0].evidence[0])];
  const items = new Map<string, EdgeEvidence>();
  for (const r of rs)
    for (const e of r.evidence) {
      const k = `${evidenceKey(e)}\u0000${r.topic ?? ''}\u0000${r.date ?? ''}`;
      if (!items.has(k)) items.set(k, evidenceItem(r, e));
    }
  return [...items.values()].sort(byEvidence);
}

/** The attribution rule (see the file comment). */
export const foldAttribution = (values: (string | null)[]): string[] => (values.some((v) => v === null) ? [] : uniqSorted(values as string[]));

/** One edge from relations sharing an edge key (already oriented). */
function foldGroup(key: string, rs: Relation[], published: Map<string, string | null>): FoldedEdge {
  const evidence = evidenceOf(rs);
  // Earliest and latest publication date with a year (they sort as text).
  let firstSeen: string | null = null;
  let lastSeen: string | null = null;
  for (const e of evidence) {
    const d = published.get(e.doc);
    if (!onTimeline(d)) continue;
    if (firstSeen === null || d < firstSeen) firstSeen = d;
    if (lastSeen === null || d > lastSeen) lastSeen = d;
  }
  const one = rs.length === 1 ? rs[0] : null;
  return {
    key,
    subject: rs[0].subject,
    predicate: rs[0].predicate,
    object: rs[0].object,
    negated: rs[0].negated,
    topics: one ? (one.topic ? [one.topic] : []) : uniqSorted(rs.flatMap((r) => (r.topic ? [r.topic] : []))),
    dates: one ? (one.date ? [one.date] : []) : uniqSorted(rs.flatMap((r) => (r.date ? [r.date] : []))),
    firstSeen,
    lastSeen,
    // One relation: its evidence items share topic and date, so they are distinct spans already.
    weight: one ? evidence.length : new Set(evidence.map(evidenceKey)).size,
    confidence: rs.reduce((m, r) => Math.max(m, r.confidence), 0),
    attributedTo: one ? (one.attributedTo === null ? [] : [one.attributedTo]) : foldAttribution(rs.map((r) => r.attributedTo)),
    evidence,
  };
}

/** Folds the relations of `graph` into edges, sorted by key (output independent of input order). */
export function foldEdges(graph: { documents: Document[]; relations: Relation[] }): FoldedEdge[] {
  const published = new Map(graph.documents.map((d) => [d.id, d.published]));
  const groups = new Map<string, Relation[]>();
  for (const relation of graph.relations) {
    const r = canonicalRelation(relation);
    const k = edgeKey(r);
    const list = groups.get(k);
    if (list) list.push(r);
    else groups.set(k, [r]);
  }
  // Default sort: code-unit order of strings, as byString, without a JS call per comparison.
  return [...groups.keys()].sort().map((k) => foldGroup(k, groups.get(k)!, published));
}

/** Neo4j's single `attributedTo`: the source when exactly one side claims the edge, else null. */
export const singleAttribution = (e: Pick<FoldedEdge, 'attributedTo'>): string | null => (e.attributedTo.length === 1 ? e.attributedTo[0] : null);
