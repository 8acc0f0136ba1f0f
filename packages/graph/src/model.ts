/**
 * The graphology model of a contract graph: what the viewer draws and what the GEXF,
 * GraphML, JSON, CSV and Cypher exports serialise. One node per entity, one edge per
 * (subject, predicate, object, negated) — relations that differ only by topic or date
 * become one edge listing its topics and dates. No timestamps: output is deterministic.
 */
import { MultiDirectedGraph } from 'graphology';
import { PREDICATE_INFO, isSymmetric, titleSurfaces } from '@kg/extractor';
import type { Document, Graph, Predicate, QuadClass, Relation } from '@kg/extractor';
import { byString, uniqSorted } from './compare.js';
import { canonicalRelation } from './merge.js';
import { applyMetrics } from './metrics.js';
import { applyLayout, type LayoutOptions } from './layout.js';
import { EDGE_SIZE, kindColor, quadClassColor } from './style.js';

/**
 * A post held by a person, from HOLDS_POSITION: `title` is the relation's topic, `of` the entity
 * id; `titleAliases` are the post's other names in the titles lexicon ("Ngoại trưởng" for
 * "Foreign Minister"), so a viewer can find it in either language.
 */
export interface Position { title: string; of: string; ofLabel: string; titleAliases: string[] }

export interface NodeAttributes {
  label: string;
  /** Entity type (Person, Country, …); not `type`, which sigma reserves for the node program. */
  kind: string;
  aliases: string[];
  wikidata?: string;
  /** Number of mentions in all documents. */
  mentions: number;
  /** Ids of the documents that mention the entity, sorted. */
  articles: string[];
  /** Mentions per document id (the MENTIONS count in Neo4j). */
  articleMentions: Record<string, number>;
  positions: Position[];
  /** Number of distinct neighbours, either direction, any predicate. */
  degree: number;
  pagerank: number;
  community: number;
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface EdgeEvidence { doc: string; sentence: string; start: number; end: number; topic?: string; date?: string }

export interface EdgeAttributes {
  predicate: Predicate;
  label: string;
  topics: string[];
  /** Event dates stated in the text (partial ISO), sorted. */
  dates: string[];
  /**
   * First and last time the relation was reported: publication dates (with a year) of the
   * evidence articles, as in the Neo4j loader. Null when no evidence article is dated.
   */
  firstSeen: string | null;
  lastSeen: string | null;
  /** Distinct pieces of evidence, counted by (doc, start, end). */
  weight: number;
  confidence: number;
  negated: boolean;
  attributedTo: string[];
  cameo: string;
  quadClass: QuadClass;
  symmetric: boolean;
  evidence: EdgeEvidence[];
  color: string;
  size: number;
}

export interface GraphAttributes { generator: 'kg'; documents: Document[] }

export type KgGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export type ModelOptions = LayoutOptions;

/** Edge key: `${predicate}|${subject}|${object}|pos|neg`, subject/object in id order when symmetric. */
export const edgeKey = (r: Pick<Relation, 'subject' | 'predicate' | 'object' | 'negated'>): string =>
  `${r.predicate}|${r.subject}|${r.object}|${r.negated ? 'neg' : 'pos'}`;

/** A date with a year (YYYY, YYYY-MM, YYYY-MM-DD): sorts as text; --MM-DD does not. */
const onTimeline = (d: string | null | undefined): d is string => typeof d === 'string' && /^\d{4}/.test(d);

const byEvidence = (a: EdgeEvidence, b: EdgeEvidence): number =>
  byString(a.doc, b.doc) || a.start - b.start || a.end - b.end || byString(a.topic ?? '', b.topic ?? '') || byString(a.date ?? '', b.date ?? '');

function edgeAttributes(rs: Relation[], published: Map<string, string | null>): EdgeAttributes {
  const info = PREDICATE_INFO[rs[0].predicate];
  const evidence = new Map<string, EdgeEvidence>();
  const spans = new Set<string>();
  for (const r of rs) for (const e of r.evidence) {
    spans.add(`${e.doc}\u0000${e.start}\u0000${e.end}`);
    const k = `${e.doc}\u0000${e.start}\u0000${e.end}\u0000${r.topic ?? ''}\u0000${r.date ?? ''}`;
    if (evidence.has(k)) continue;
    const item: EdgeEvidence = { doc: e.doc, sentence: e.sentence, start: e.start, end: e.end };
    if (r.topic !== undefined) item.topic = r.topic;
    if (r.date !== undefined) item.date = r.date;
    evidence.set(k, item);
  }
  const dates = uniqSorted(rs.flatMap((r) => (r.date ? [r.date] : [])));
  const seen = uniqSorted(rs.flatMap((r) => r.evidence.map((e) => published.get(e.doc))).filter(onTimeline));
  const weight = spans.size;
  return {
    predicate: info.predicate,
    label: info.label,
    topics: uniqSorted(rs.flatMap((r) => (r.topic ? [r.topic] : []))),
    dates, firstSeen: seen[0] ?? null, lastSeen: seen[seen.length - 1] ?? null, weight,
    confidence: rs.reduce((m, r) => Math.max(m, r.confidence), 0),
    negated: rs[0].negated,
    attributedTo: uniqSorted(rs.flatMap((r) => (r.attributedTo ? [r.attributedTo] : []))),
    cameo: info.cameo,
    quadClass: info.quadClass,
    symmetric: isSymmetric(info.predicate),
    evidence: [...evidence.values()].sort(byEvidence),
    color: quadClassColor(info.quadClass),
    size: Math.min(EDGE_SIZE.max, EDGE_SIZE.min + Math.log2(weight)),
  };
}

/** Mentions per document, keys in id order. */
function countByDoc(mentions: { doc: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const doc of uniqSorted(mentions.map((m) => m.doc))) counts[doc] = 0;
  for (const m of mentions) counts[m.doc] += 1;
  return counts;
}

/** Posts held by each person, from non-negated HOLDS_POSITION relations. */
function positionsBySubject(graph: Graph): Map<string, Position[]> {
  const names = new Map(graph.entities.map((e) => [e.id, e.name]));
  const out = new Map<string, Position[]>();
  for (const r of graph.relations) {
    if (r.predicate !== 'HOLDS_POSITION' || r.negated) continue;
    const list = out.get(r.subject) ?? [];
    if (!list.some((p) => p.of === r.object && p.title === (r.topic ?? ''))) list.push({ title: r.topic ?? '', of: r.object, ofLabel: names.get(r.object) ?? r.object, titleAliases: titleSurfaces(r.topic ?? '').filter((t) => t !== r.topic) });
    out.set(r.subject, list);
  }
  for (const list of out.values()) list.sort((a, b) => byString(a.of, b.of) || byString(a.title, b.title));
  return out;
}

/**
 * The structure only: nodes and edges with their descriptive attributes; metrics and
 * layout attributes are zero until `applyMetrics` and `applyLayout` run.
 * Nodes are added in id order and edges in key order, so every export is stable.
 */
export function buildGraphology(graph: Graph): KgGraph {
  const g: KgGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  g.replaceAttributes({ generator: 'kg', documents: graph.documents.map((d) => ({ ...d })) });
  const positions = positionsBySubject(graph);
  const published = new Map(graph.documents.map((d) => [d.id, d.published]));
  for (const e of [...graph.entities].sort((a, b) => byString(a.id, b.id))) {
    const attrs: NodeAttributes = {
      label: e.name, kind: e.type, aliases: [...e.aliases],
      mentions: e.mentions.length,
      articles: uniqSorted(e.mentions.map((m) => m.doc)),
      articleMentions: countByDoc(e.mentions),
      positions: positions.get(e.id) ?? [],
      degree: 0, pagerank: 0, community: 0, x: 0, y: 0, size: 1, color: kindColor(e.type),
    };
    if (e.wikidata) attrs.wikidata = e.wikidata;
    g.addNode(e.id, attrs);
  }
  const groups = new Map<string, Relation[]>();
  for (const r of graph.relations.map(canonicalRelation)) {
    const k = edgeKey(r);
    const list = groups.get(k);
    if (list) list.push(r); else groups.set(k, [r]);
  }
  for (const k of [...groups.keys()].sort(byString)) {
    const rs = groups.get(k)!;
    g.addDirectedEdgeWithKey(k, rs[0].subject, rs[0].object, edgeAttributes(rs, published));
  }
  return g;
}

/** The full model: structure, then degree/PageRank/communities, then positions, sizes and colours. */
export function toGraphology(graph: Graph, options: ModelOptions = {}): KgGraph {
  const g = buildGraphology(graph);
  applyMetrics(g, options);
  applyLayout(g, options);
  return g;
}
