/**
 * The simple undirected weighted projection of the model: one edge per connected pair,
 * weight = sum of the edge weights between them. PageRank, Louvain and ForceAtlas2 run on
 * it: for "who is central, who clusters with whom" the direction of a criticism matters
 * less than its existence, and multi-edges would otherwise count twice.
 */
import { UndirectedGraph } from 'graphology';
import type { Attributes } from 'graphology-types';

export type Projection = UndirectedGraph<Attributes, { weight: number }>;

/** Builds the projection; nodes keep the model's order so algorithms iterate the same way. */
export function undirectedProjection(g: {
  forEachNode(cb: (n: string) => void): void;
  forEachEdge(cb: (e: string, a: { weight: number }, s: string, t: string) => void): void;
}): Projection {
  const p: Projection = new UndirectedGraph();
  g.forEachNode((n) => {
    p.addNode(n);
  });
  g.forEachEdge((_e, a, s, t) => {
    if (s === t) return;
    p.updateEdge(s, t, (attr) => ({ weight: (attr.weight ?? 0) + a.weight }));
  });
  return p;
}
