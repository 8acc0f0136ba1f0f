/**
 * The visible part of the graph as a graph of its own, for export. Positions, sizes and
 * colours are kept so that the export opens in Gephi looking like the screen.
 */
import { MultiGraph } from 'graphology';
import type { EdgeAttrs, GraphAttrs, KGraph, NodeAttrs } from '../graph/types.js';
import type { Visibility } from '../filters/visibility.js';

export function visibleSubgraph(graph: KGraph, vis: Visibility): KGraph {
  const sub: KGraph = new MultiGraph<NodeAttrs, EdgeAttrs, GraphAttrs>({ type: graph.type, allowSelfLoops: true });
  const docs = new Set<string>();
  graph.forEachNode((n, a) => {
    if (!vis.nodes.has(n)) return;
    sub.addNode(n, structuredClone(a));
    a.articles.forEach((d) => docs.add(d));
  });
  graph.forEachEdge((e, a, s, t, _sa, _ta, undirected) => {
    if (!vis.edges.has(e) || !sub.hasNode(s) || !sub.hasNode(t)) return;
    if (undirected) sub.addUndirectedEdgeWithKey(e, s, t, structuredClone(a));
    else sub.addDirectedEdgeWithKey(e, s, t, structuredClone(a));
  });
  const attrs = graph.getAttributes();
  sub.replaceAttributes({ ...attrs, documents: attrs.documents.filter((d) => docs.has(d.id)) });
  return sub;
}

/**
 * GEXF attributes are scalars: lists and records become JSON strings, and the
 * document list (with article texts) is left out of the graph attributes.
 */
export function flattenForGexf(graph: KGraph): MultiGraph {
  const flat = (a: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(a)
        .filter(([, v]) => v !== undefined && v !== null)
        .map(([k, v]) => [k, typeof v === 'object' ? JSON.stringify(v) : v]),
    );
  const out = new MultiGraph({ type: graph.type, allowSelfLoops: true });
  graph.forEachNode((n, a) => out.addNode(n, flat(a)));
  graph.forEachEdge((e, a, s, t, _sa, _ta, undirected) => {
    if (undirected) out.addUndirectedEdgeWithKey(e, s, t, flat(a));
    else out.addDirectedEdgeWithKey(e, s, t, flat(a));
  });
  return out;
}
