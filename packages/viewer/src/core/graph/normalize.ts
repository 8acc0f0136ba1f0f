/**
 * Turns a serialized graphology JSON (the `kg export --format json` shape, or the subset
 * a Cypher result gives) into a multi graph with every attribute the views read present.
 */
import { MultiGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttrs, GraphAttrs, KGraph, NodeAttrs, Position } from './types.js';
import { placer, type Placer } from './placement.js';

const arr = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);
const num = (v: unknown, d: number): number => (typeof v === 'number' && Number.isFinite(v) ? v : d);
const str = (v: unknown, d: string): string => (typeof v === 'string' ? v : d);

/** Lists stored as JSON strings (as in Neo4j properties) read back; anything else is no list. */
function parseJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return [];
  }
}

/** Mentions per document id; anything but an object of numbers is none. */
function countsByDoc(v: unknown): Record<string, number> {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return {};
  const out: Record<string, number> = {};
  for (const [doc, n] of Object.entries(v)) if (typeof n === 'number' && Number.isFinite(n)) out[doc] = n;
  return out;
}

/** A post as the model writes it; a file from elsewhere may lack `ofLabel` (the id then) and `titleAliases`. */
function normalizePosition(p: Partial<Position>): Position {
  const of = str(p.of, '');
  return { title: str(p.title, ''), of, ofLabel: str(p.ofLabel, of), titleAliases: arr<string>(p.titleAliases) };
}

/**
 * Fills the node attributes the views rely on; keeps any extra attribute as is. A node
 * without a position gets the next one of `place` (seeded: see placement.ts).
 */
export function normalizeNode(key: string, a: Partial<NodeAttrs>, place: Placer): NodeAttrs {
  // `type` names a sigma node program; an entity's type is `kind`.
  const { type: _program, ...rest } = a as Partial<NodeAttrs> & { type?: unknown };
  const placed = typeof a.x === 'number' && Number.isFinite(a.x) && typeof a.y === 'number' && Number.isFinite(a.y) ? undefined : place();
  return {
    ...rest,
    label: str(a.label, key),
    kind: str(a.kind, 'Unknown'),
    aliases: arr<string>(a.aliases),
    mentions: num(a.mentions, 0),
    articles: arr<string>(a.articles),
    articleMentions: countsByDoc(a.articleMentions),
    positions: arr<Partial<Position>>(a.positions)
      .filter((p) => p && typeof p === 'object')
      .map(normalizePosition),
    degree: num(a.degree, 0),
    pagerank: num(a.pagerank, 0),
    community: num(a.community, 0),
    x: placed ? placed.x : (a.x as number),
    y: placed ? placed.y : (a.y as number),
    size: num(a.size, 4),
    color: str(a.color, '#999'),
  };
}

/** Fills the edge attributes the views rely on. */
export function normalizeEdge(edge: Partial<EdgeAttrs>): EdgeAttrs {
  const { type: _program, ...a } = edge as Partial<EdgeAttrs> & { type?: unknown };
  const predicate = str(a.predicate, 'RELATED');
  const dates = arr<string>(a.dates);
  return {
    ...a,
    predicate,
    label: str(a.label, predicate),
    topics: arr<string>(a.topics),
    dates,
    // As in the model (fold.ts), null when no date is known.
    firstSeen: a.firstSeen ?? dates[0] ?? null,
    lastSeen: a.lastSeen ?? dates[dates.length - 1] ?? null,
    weight: num(a.weight, 1),
    confidence: num(a.confidence, 1),
    negated: a.negated === true,
    attributedTo: arr<string>(a.attributedTo),
    quadClass: str(a.quadClass, 'neutral'),
    symmetric: a.symmetric === true,
    evidence: arr(typeof a.evidence === 'string' ? parseJson(a.evidence) : a.evidence),
  };
}

/** Builds the viewer's graph from a serialized graphology JSON; throws a readable error on a wrong shape. */
export function normalizeGraph(data: unknown): KGraph {
  const s = data as Partial<SerializedGraph>;
  if (!s || typeof s !== 'object' || !Array.isArray(s.nodes)) throw new Error('kg viewer: the graph file is not a graphology JSON export (no "nodes" array)');
  const g: KGraph = new MultiGraph<NodeAttrs, EdgeAttrs, GraphAttrs>({ type: s.options?.type ?? 'mixed', allowSelfLoops: true });
  const attrs = (s.attributes ?? {}) as Partial<GraphAttrs>;
  g.replaceAttributes({ ...attrs, documents: arr(attrs.documents) });
  const place = placer();
  for (const n of s.nodes) g.addNode(n.key, normalizeNode(String(n.key), (n.attributes ?? {}) as Partial<NodeAttrs>, place));
  (s.edges ?? []).forEach((e, i) => {
    if (!g.hasNode(e.source) || !g.hasNode(e.target)) return;
    const a = normalizeEdge((e.attributes ?? {}) as Partial<EdgeAttrs>);
    const undirected = g.type === 'undirected' || (e.undirected === true && g.type !== 'directed');
    // Edges without a key (or with a taken one) get one from their position: the same on every run.
    let key = e.key !== undefined && !g.hasEdge(e.key) ? String(e.key) : `#${i}`;
    while (g.hasEdge(key)) key += "'";
    if (undirected) g.addUndirectedEdgeWithKey(key, e.source, e.target, a);
    else g.addDirectedEdgeWithKey(key, e.source, e.target, a);
  });
  return g;
}
