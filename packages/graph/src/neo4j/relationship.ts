/**
 * The one table of Neo4j relationship properties (one relationship per folded edge, fold.ts).
 * The Bolt loader (cypher.ts), the CSV export and the Cypher export all write exactly these
 * names with these values, so the three routes build the same database.
 *
 * Per property the table also says how the Bolt loader gets the value (sent in each row, a
 * parameter of the per-predicate statement, or computed in Cypher from the row so it need not
 * travel) and how a later load of the same edge merges into it (`onMatch`) — the fold's rules
 * applied across loads.
 */
import { PREDICATE_INFO, type Predicate } from '@kg/extractor';
import { evidenceKey, singleAttribution, type EdgeEvidence, type FoldedEdge } from '../fold.js';

export type PropType = 'string' | 'int' | 'float' | 'boolean' | 'string[]' | 'int[]';
export type PropValue = string | number | boolean | string[] | number[] | null | undefined;
export interface PropSpec<T> {
  name: string;
  type: PropType;
  get: (x: T) => PropValue;
}

/** Cypher of a row column by name (`row[3]`), and the relationship type of the statement. */
export type ColumnOf = (name: string) => string;

export type BoltSource =
  | { from: 'row' }
  | { from: 'predicate'; of: (p: Predicate) => PropValue }
  | { from: 'cypher'; expr: (col: ColumnOf, type: string) => string };

/**
 * How a value already stored meets the value of a later load: `same` (part of the key's
 * identity), `max`/`min`, `sameOrNull` (kept if equal, else null), `union` (sorted distinct),
 * `evidence` (new spans appended, by evidence key), `weight` (recounted from the evidence).
 */
export type OnMatch = 'same' | 'max' | 'min' | 'sameOrNull' | 'union' | 'evidence' | 'weight';

export interface RelationshipProp extends PropSpec<FoldedEdge> {
  bolt: BoltSource;
  onMatch: OnMatch;
}

/** One entry per distinct span (the loader's evidence lists); cached, the table reads it five times per edge. */
const spanCache = new WeakMap<FoldedEdge, EdgeEvidence[]>();
export function spansOf(e: FoldedEdge): EdgeEvidence[] {
  if (e.evidence.length < 2) return e.evidence;
  let spans = spanCache.get(e);
  if (!spans) {
    const seen = new Set<string>();
    spans = e.evidence.filter((x) => {
      const k = evidenceKey(x);
      return !seen.has(k) && seen.add(k);
    });
    spanCache.set(e, spans);
  }
  return spans;
}

const row: BoltSource = { from: 'row' };
const ofPredicate = (of: (p: Predicate) => PropValue): BoltSource => ({ from: 'predicate', of });
const fromPredicate = (name: 'symmetric' | 'cameo' | 'quadClass', type: PropType): RelationshipProp => {
  const of = (p: Predicate) => PREDICATE_INFO[p][name];
  return { name, type, get: (e) => of(e.predicate), bolt: ofPredicate(of), onMatch: 'same' };
};

export const RELATIONSHIP_PROPS: readonly RelationshipProp[] = [
  {
    name: 'key',
    type: 'string',
    get: (e) => e.key,
    onMatch: 'same',
    bolt: {
      from: 'cypher',
      expr: (c, type) => `${c('subject')} + '|${type}|' + ${c('object')} + CASE WHEN ${c('negated')} THEN '|negated' ELSE '|affirmed' END`,
    },
  },
  { name: 'negated', type: 'boolean', get: (e) => e.negated, bolt: row, onMatch: 'same' },
  fromPredicate('symmetric', 'boolean'),
  fromPredicate('cameo', 'string'),
  fromPredicate('quadClass', 'string'),
  { name: 'confidence', type: 'float', get: (e) => e.confidence, bolt: row, onMatch: 'max' },
  { name: 'attributedTo', type: 'string', get: singleAttribution, bolt: row, onMatch: 'sameOrNull' },
  { name: 'firstSeen', type: 'string', get: (e) => e.firstSeen, bolt: row, onMatch: 'min' },
  { name: 'lastSeen', type: 'string', get: (e) => e.lastSeen, bolt: row, onMatch: 'max' },
  { name: 'topics', type: 'string[]', get: (e) => e.topics, bolt: row, onMatch: 'union' },
  { name: 'dates', type: 'string[]', get: (e) => e.dates, bolt: row, onMatch: 'union' },
  {
    name: 'weight',
    type: 'int',
    get: (e) => e.weight,
    onMatch: 'weight',
    bolt: { from: 'cypher', expr: (c) => `size(${c('evidenceArticles')})` },
  },
  {
    name: 'evidenceKeys',
    type: 'string[]',
    get: (e) => spansOf(e).map(evidenceKey),
    onMatch: 'evidence',
    bolt: {
      from: 'cypher',
      expr: (c) =>
        `[i IN range(0, size(${c('evidenceArticles')}) - 1) | ${c('evidenceArticles')}[i] + ':' + toString(toInteger(${c('evidenceStarts')}[i])) + '-' + toString(toInteger(${c('evidenceEnds')}[i]))]`,
    },
  },
  { name: 'evidenceArticles', type: 'string[]', get: (e) => spansOf(e).map((x) => x.doc), bolt: row, onMatch: 'evidence' },
  { name: 'evidenceSentences', type: 'string[]', get: (e) => spansOf(e).map((x) => x.sentence), bolt: row, onMatch: 'evidence' },
  { name: 'evidenceStarts', type: 'int[]', get: (e) => spansOf(e).map((x) => x.start), bolt: row, onMatch: 'evidence' },
  { name: 'evidenceEnds', type: 'int[]', get: (e) => spansOf(e).map((x) => x.end), bolt: row, onMatch: 'evidence' },
];
