/**
 * Node metrics on the model: degree (distinct neighbours), PageRank and Louvain
 * communities, the last two on the undirected weighted projection. Louvain is seeded so
 * the same graph always gets the same community numbers.
 */
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import louvainModule from 'graphology-communities-louvain';
import { cjsDefault } from './cjs.js';
import type { KgGraph } from './types.js';
import { undirectedProjection } from './projection.js';
import { seededRng } from './rng.js';

const pagerank = cjsDefault(pagerankModule);
const louvain = cjsDefault(louvainModule);

export interface MetricsOptions {
  seed?: number;
}

export const DEFAULT_SEED = 42;

export interface NodeMetrics {
  degree: number;
  pagerank: number;
  community: number;
}

/** What the metrics read of a graph: nodes and weighted edges, in the model's order. */
export type MetricsInput = Parameters<typeof undirectedProjection>[0];

/**
 * Degree, pagerank and community of every node of `g` (the model, or anything that lists
 * the same nodes and weighted edges in the same order: the results are then the same).
 */
export function computeMetrics(g: MetricsInput, options: MetricsOptions = {}): Map<string, NodeMetrics> {
  const p = undirectedProjection(g);
  const ranks = p.size > 0 ? pagerank(p, { getEdgeWeight: 'weight' }) : uniformRanks(p.nodes());
  const communities = louvain(p, { getEdgeWeight: 'weight', rng: seededRng(options.seed ?? DEFAULT_SEED) });
  const renumber = stableCommunityNumbers(p.nodes(), communities);
  const out = new Map<string, NodeMetrics>();
  p.forEachNode((n) => {
    out.set(n, { degree: p.degree(n), pagerank: ranks[n] ?? 0, community: renumber.get(communities[n])! });
  });
  return out;
}

/** Computes degree, pagerank and community for every node of `g`, in place. */
export function applyMetrics(g: KgGraph, options: MetricsOptions = {}): void {
  const m = computeMetrics(g, options);
  g.updateEachNodeAttributes((n, a) => ({ ...a, ...m.get(n)! }));
}

/** PageRank of a graph without edges: every node equally likely. */
function uniformRanks(nodes: string[]): Record<string, number> {
  return Object.fromEntries(nodes.map((n) => [n, 1 / nodes.length]));
}

/**
 * Louvain's numbers depend on internal order; renumber communities by first appearance in
 * node order (0, 1, 2, …) so the numbering is stable and dense.
 */
function stableCommunityNumbers(nodes: string[], communities: Record<string, number>): Map<number, number> {
  const map = new Map<number, number>();
  for (const n of nodes) if (!map.has(communities[n])) map.set(communities[n], map.size);
  return map;
}
