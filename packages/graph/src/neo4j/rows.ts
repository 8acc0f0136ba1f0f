/**
 * The graph contract → parameter rows for the Neo4j loader (pure).
 *
 * Edges: one per (subject, predicate, object, negated); contract relations that differ only
 * by topic fold into it (topics and dates unioned, evidence deduplicated by key). Symmetric
 * predicates are stored once per pair, subject and object in id order.
 */
import { ENTITY_TYPES, PREDICATE_INFO, PREDICATES, type EntityType, type Graph, type Predicate, type Relation } from '@kg/extractor';

export interface ArticleRow { id: string; title: string; lang: string; published: string | null; path: string }
export interface EntityRow { id: string; name: string; aliases: string[]; wikidata: string | null }
export interface MentionRow { article: string; entity: string; count: number }
export interface EdgeRow {
  key: string;
  subject: string;
  object: string;
  negated: boolean;
  topics: string[];
  dates: string[];
  firstSeen: string | null;
  lastSeen: string | null;
  confidence: number;
  attributedTo: string | null;
  evidenceKeys: string[];
  evidenceArticles: string[];
  evidenceSentences: string[];
  evidenceStarts: number[];
  evidenceEnds: number[];
}

/**
 * An edge as it travels to Neo4j: a positional list, not a map. The driver encodes every map
 * key of every row again, so lists cost ~30 % less client CPU; `key` and `evidenceKeys` are
 * left out and derived by the statement (cypher.ts), the same way edgeKey/evidenceKey do.
 */
export const EDGE_COLUMNS = [
  'subject', 'object', 'negated', 'confidence', 'attributedTo', 'firstSeen', 'lastSeen', 'topics', 'dates',
  'evidenceArticles', 'evidenceSentences', 'evidenceStarts', 'evidenceEnds',
] as const satisfies readonly (keyof EdgeRow)[];

export type EdgeColumn = (typeof EDGE_COLUMNS)[number];
export type EdgeTuple = EdgeRow[EdgeColumn][];

/** The positional list of an edge row, in EDGE_COLUMNS order. */
export const edgeTuple = (r: EdgeRow): EdgeTuple => EDGE_COLUMNS.map((c) => r[c]);

/** Entity and mention rows as positional lists too (see EDGE_COLUMNS). */
export const ENTITY_COLUMNS = ['id', 'name', 'aliases', 'wikidata'] as const satisfies readonly (keyof EntityRow)[];
export const MENTION_COLUMNS = ['article', 'entity', 'count'] as const satisfies readonly (keyof MentionRow)[];
export const entityTuple = (r: EntityRow): unknown[] => ENTITY_COLUMNS.map((c) => r[c]);
export const mentionTuple = (r: MentionRow): unknown[] => MENTION_COLUMNS.map((c) => r[c]);

export interface LoadPlan {
  articles: ArticleRow[];
  entities: Map<EntityType, EntityRow[]>;
  mentions: MentionRow[];
  edges: Map<Predicate, EdgeRow[]>;
}

/** Stable key of an edge: what MERGE matches on, and what analysts can cite. */
export function edgeKey(subject: string, predicate: Predicate, object: string, negated: boolean): string {
  return `${subject}|${predicate}|${object}|${negated ? 'negated' : 'affirmed'}`;
}

/** Key of one piece of evidence: the sentence span in its article. */
export const evidenceKey = (doc: string, start: number, end: number): string => `${doc}:${start}-${end}`;

/** Subject and object of a relation as stored: symmetric predicates in id order. */
export function orient(r: Pick<Relation, 'subject' | 'predicate' | 'object'>): [string, string] {
  return PREDICATE_INFO[r.predicate].symmetric && r.object < r.subject ? [r.object, r.subject] : [r.subject, r.object];
}

/** A date with a year (YYYY, YYYY-MM, YYYY-MM-DD), so it sorts as text; --MM-DD does not. */
const datedOnTimeline = (d: string | null | undefined): d is string => typeof d === 'string' && /^\d{4}/.test(d);

const minStr = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);
const maxStr = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);
const pushNew = <T>(list: T[], v: T) => { if (!list.includes(v)) list.push(v); };

/** Rows for every part of the graph, grouped so that each group is one Cypher statement. */
export function planLoad(graph: Graph): LoadPlan {
  const published = new Map(graph.documents.map((d) => [d.id, d.published]));
  const articles = graph.documents.map((d) => ({ id: d.id, title: d.title, lang: d.lang, published: d.published, path: d.path }));

  const entities = new Map<EntityType, EntityRow[]>(ENTITY_TYPES.map((t) => [t, []]));
  const mentions: MentionRow[] = [];
  for (const e of graph.entities) {
    entities.get(e.type)!.push({ id: e.id, name: e.name, aliases: [...new Set(e.aliases)], wikidata: e.wikidata ?? null });
    const perDoc = new Map<string, number>();
    for (const m of e.mentions) perDoc.set(m.doc, (perDoc.get(m.doc) ?? 0) + 1);
    for (const [article, count] of perDoc) mentions.push({ article, entity: e.id, count });
  }

  const edges = new Map<Predicate, EdgeRow[]>(PREDICATES.map((p) => [p, []]));
  const byKey = new Map<string, EdgeRow>();
  for (const r of graph.relations) {
    const [subject, object] = orient(r);
    const key = edgeKey(subject, r.predicate, object, r.negated);
    let row = byKey.get(key);
    if (!row) {
      row = {
        key, subject, object, negated: r.negated, topics: [], dates: [], firstSeen: null, lastSeen: null,
        confidence: r.confidence, attributedTo: r.attributedTo,
        evidenceKeys: [], evidenceArticles: [], evidenceSentences: [], evidenceStarts: [], evidenceEnds: [],
      };
      byKey.set(key, row);
      edges.get(r.predicate)!.push(row);
    } else {
      row.confidence = Math.max(row.confidence, r.confidence);
      // Attribution survives only when every sighting carries the same one.
      if (row.attributedTo !== r.attributedTo) row.attributedTo = null;
    }
    if (r.topic) pushNew(row.topics, r.topic);
    if (r.date) pushNew(row.dates, r.date);
    // Seen = reported: the publication dates of the evidence articles (event dates are in `dates`).
    const seen = r.evidence.map((ev) => published.get(ev.doc)).filter(datedOnTimeline);
    for (const d of seen) { row.firstSeen = minStr(row.firstSeen, d); row.lastSeen = maxStr(row.lastSeen, d); }
    for (const ev of r.evidence) {
      const k = evidenceKey(ev.doc, ev.start, ev.end);
      if (row.evidenceKeys.includes(k)) continue;
      row.evidenceKeys.push(k);
      row.evidenceArticles.push(ev.doc);
      row.evidenceSentences.push(ev.sentence);
      row.evidenceStarts.push(ev.start);
      row.evidenceEnds.push(ev.end);
    }
  }
  for (const row of byKey.values()) { row.topics.sort(); row.dates.sort(); }
  return { articles, entities, mentions, edges };
}
