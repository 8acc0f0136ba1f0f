/**
 * Merge several graph.json files into one graph (pure). Entities merge by id, relations by
 * the contract key (`relationKey`), documents by id. The result does not depend on the
 * order of the inputs except where two inputs disagree on an entity's name or type: then
 * the first input wins. Relation dates and attribution follow the extractor's own merge
 * rules (pickDate, pickAttribution), so merging files agrees with extracting them together.
 */
import { pickAttribution, pickDate, relationKey } from '@kg/extractor';
import type { Document, Entity, Evidence, Graph, Mention, Relation } from '@kg/extractor';
import { byString, uniqSorted } from './compare.js';
import { canonicalRelation } from './fold.js';

const spanKey = (x: { doc: string; start: number; end: number }): string => `${x.doc}\u0000${x.start}\u0000${x.end}`;

const bySpan = (a: { doc: string; start: number; end: number }, b: { doc: string; start: number; end: number }): number =>
  byString(a.doc, b.doc) || a.start - b.start || a.end - b.end;

/** Union of spans, first occurrence of each (doc, start, end) kept, sorted by position. */
function unionSpans<T extends { doc: string; start: number; end: number }>(lists: T[][]): T[] {
  const seen = new Map<string, T>();
  for (const list of lists) for (const x of list) if (!seen.has(spanKey(x))) seen.set(spanKey(x), x);
  return [...seen.values()].sort(bySpan);
}

function mergeDocuments(docs: Document[]): Document {
  const [first, ...rest] = docs;
  const out: Document = { ...first };
  for (const d of rest) {
    if (out.published === null && d.published !== null) out.published = d.published;
    if (out.text === undefined && d.text !== undefined) out.text = d.text;
  }
  return out;
}

function mergeEntities(es: Entity[]): Entity {
  const [first] = es;
  const out: Entity = {
    id: first.id,
    name: first.name,
    type: first.type,
    aliases: uniqSorted(es.flatMap((e) => e.aliases)),
    mentions: unionSpans<Mention>(es.map((e) => e.mentions)),
  };
  const wikidata = es.find((e) => e.wikidata)?.wikidata;
  if (wikidata) out.wikidata = wikidata;
  return out;
}

function mergeRelations(rs: Relation[]): Relation {
  const [first] = rs;
  const out: Relation = {
    subject: first.subject,
    predicate: first.predicate,
    object: first.object,
    negated: first.negated,
    attributedTo: pickAttribution(rs.map((r) => r.attributedTo)),
    confidence: rs.reduce((m, r) => Math.max(m, r.confidence), 0),
    evidence: unionSpans<Evidence>(rs.map((r) => r.evidence)),
  };
  if (first.topic !== undefined) out.topic = first.topic;
  const date = pickDate(rs.flatMap((r) => (r.date === undefined ? [] : [r.date])));
  if (date !== undefined) out.date = date;
  return out;
}

function groupBy<T>(items: T[], key: (x: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const x of items) {
    const k = key(x);
    const g = groups.get(k);
    if (g) g.push(x);
    else groups.set(k, [x]);
  }
  return groups;
}

/**
 * Merges graphs into one: documents by id, entities by id (aliases and mentions united),
 * relations by `relationKey` after putting symmetric ones in id order (fold.ts canonicalRelation; evidence united and
 * de-duplicated by (doc, start, end), confidence the maximum). Output lists are sorted
 * (documents and entities by id, relations by key) so the result is deterministic.
 */
export function mergeGraphs(graphs: Graph[]): Graph {
  const docs = groupBy(
    graphs.flatMap((g) => g.documents),
    (d) => d.id,
  );
  const entities = groupBy(
    graphs.flatMap((g) => g.entities),
    (e) => e.id,
  );
  const relations = groupBy(graphs.flatMap((g) => g.relations).map(canonicalRelation), relationKey);
  const sortedValues = <T>(m: Map<string, T[]>, merge: (xs: T[]) => T): T[] => [...m.keys()].sort(byString).map((k) => merge(m.get(k)!));
  return {
    version: 1,
    documents: sortedValues(docs, mergeDocuments),
    entities: sortedValues(entities, mergeEntities),
    relations: sortedValues(relations, mergeRelations),
  };
}
