/**
 * The graphology model of a contract graph: what the viewer draws and what the GEXF,
 * GraphML, JSON, CSV and Cypher exports serialise. One node per entity, one edge per folded
 * edge (fold.ts, keyed by its key) with the predicate's label, CAMEO code and style added.
 * No timestamps: output is deterministic.
 */
import { MultiDirectedGraph } from 'graphology';
import { PREDICATE_INFO, isSymmetric, titleSurfaces } from '@kg/extractor';
import type { Graph } from '@kg/extractor';
import { byString, uniqSorted } from './compare.js';
import { foldEdges, type FoldedEdge } from './fold.js';
import { applyMetrics } from './metrics.js';
import { applyLayout, type LayoutOptions } from './layout.js';
import { EDGE_SIZE, kindColor, quadClassColor } from './style.js';
import type { EdgeAttributes, KgGraph, NodeAttributes, Position } from './types.js';

export type { EdgeAttributes, EdgeEvidence, GraphAttributes, KgGraph, NodeAttributes, Position } from './types.js';

export type ModelOptions = LayoutOptions;

/** The folded edge behind a model edge (what the Neo4j exports read through RELATIONSHIP_PROPS). */
export function foldedEdge(g: KgGraph, key: string): FoldedEdge {
  const a = g.getEdgeAttributes(key);
  return {
    key,
    subject: g.source(key),
    predicate: a.predicate,
    object: g.target(key),
    negated: a.negated,
    topics: a.topics,
    dates: a.dates,
    firstSeen: a.firstSeen,
    lastSeen: a.lastSeen,
    weight: a.weight,
    confidence: a.confidence,
    attributedTo: a.attributedTo,
    evidence: a.evidence,
  };
}

function edgeAttributes(e: FoldedEdge): EdgeAttributes {
  const info = PREDICATE_INFO[e.predicate];
  return {
    predicate: e.predicate,
    negated: e.negated,
    topics: e.topics,
    dates: e.dates,
    firstSeen: e.firstSeen,
    lastSeen: e.lastSeen,
    weight: e.weight,
    confidence: e.confidence,
    attributedTo: e.attributedTo,
    evidence: e.evidence,
    label: info.label,
    cameo: info.cameo,
    quadClass: info.quadClass,
    symmetric: isSymmetric(info.predicate),
    color: quadClassColor(info.quadClass),
    size: Math.min(EDGE_SIZE.max, EDGE_SIZE.min + Math.log2(e.weight)),
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
    if (!list.some((p) => p.of === r.object && p.title === (r.topic ?? '')))
      list.push({
        title: r.topic ?? '',
        of: r.object,
        ofLabel: names.get(r.object) ?? r.object,
        titleAliases: titleSurfaces(r.topic ?? '').filter((t) => t !== r.topic),
      });
    out.set(r.subject, list);
  }
  for (const list of out.values()) list.sort((a, b) => byString(a.of, b.of) || byString(a.title, b.title));
  return out;
}

/**
 * The structure only: nodes and edges with their descriptive attributes; metrics and
 * layout attributes are zero until `applyMetrics` and `applyLayout` run.
 * Nodes are added in id order and edges in key order (foldEdges), so every export is stable.
 */
export function buildGraphology(graph: Graph): KgGraph {
  const g: KgGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  g.replaceAttributes({ generator: 'kg', documents: graph.documents.map((d) => ({ ...d })) });
  const positions = positionsBySubject(graph);
  for (const e of [...graph.entities].sort((a, b) => byString(a.id, b.id))) {
    const attrs: NodeAttributes = {
      label: e.name,
      kind: e.type,
      aliases: [...e.aliases],
      mentions: e.mentions.length,
      articles: uniqSorted(e.mentions.map((m) => m.doc)),
      articleMentions: countByDoc(e.mentions),
      positions: positions.get(e.id) ?? [],
      degree: 0,
      pagerank: 0,
      community: 0,
      x: 0,
      y: 0,
      size: 1,
      color: kindColor(e.type),
    };
    if (e.wikidata) attrs.wikidata = e.wikidata;
    g.addNode(e.id, attrs);
  }
  for (const e of foldEdges(graph)) g.addDirectedEdgeWithKey(e.key, e.subject, e.object, edgeAttributes(e));
  return g;
}

/** The full model: structure, then degree/PageRank/communities, then positions, sizes and colours. */
export function toGraphology(graph: Graph, options: ModelOptions = {}): KgGraph {
  const g = buildGraphology(graph);
  applyMetrics(g, options);
  applyLayout(g, options);
  return g;
}
