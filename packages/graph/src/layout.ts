/**
 * Positions and sizes. A deterministic start (communities on a circle, nodes on a small
 * circle around their community's centre, with seeded jitter), then a fixed number of
 * ForceAtlas2 iterations with settings inferred from the graph's size. No randomness
 * outside the seed, so the same graph always gets the same picture.
 */
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import { cjsDefault } from './cjs.js';
import type { KgGraph } from './types.js';
import { DEFAULT_SEED } from './metrics.js';
import { undirectedProjection, type Projection } from './projection.js';
import { seededRng } from './rng.js';
import { NODE_SIZE } from './style.js';

const forceAtlas2 = cjsDefault(forceAtlas2Module);

export interface LayoutOptions {
  seed?: number;
  /** ForceAtlas2 iterations; default from `layoutIterations(order)`. */
  iterations?: number;
}

/**
 * Fewer iterations on big graphs: each costs O(n log n) with Barnes-Hut, and large graphs
 * are looked at from further away. 500 up to 400 nodes, 100 at 2k, 50 from 4k nodes on.
 */
export function layoutIterations(order: number): number {
  return Math.max(50, Math.min(500, Math.round(200_000 / Math.max(order, 1))));
}

/** Barnes-Hut from a few hundred nodes (graphology infers it only from 2000, too late at 500 iterations). */
const BARNES_HUT_FROM = 500;

/** Communities around a circle, members around their centre: a start FA2 converges from quickly. */
export function initialPositions(g: KgGraph, seed: number): Map<string, { x: number; y: number }> {
  const rng = seededRng(seed);
  const members = new Map<number, string[]>();
  g.forEachNode((n, a) => {
    const list = members.get(a.community) ?? [];
    list.push(n);
    members.set(a.community, list);
  });
  const communities = [...members.keys()].sort((a, b) => a - b);
  const radius = Math.sqrt(g.order) * 10;
  const out = new Map<string, { x: number; y: number }>();
  communities.forEach((c, i) => {
    const angle = (2 * Math.PI * i) / communities.length;
    const cx = communities.length > 1 ? radius * Math.cos(angle) : 0;
    const cy = communities.length > 1 ? radius * Math.sin(angle) : 0;
    const list = members.get(c)!;
    const r = Math.sqrt(list.length) * 5;
    list.forEach((n, j) => {
      const a = (2 * Math.PI * j) / list.length;
      out.set(n, { x: cx + r * Math.cos(a) + rng() - 0.5, y: cy + r * Math.sin(a) + rng() - 0.5 });
    });
  });
  return out;
}

/** Node size from PageRank: square root scale onto NODE_SIZE, so hubs stand out without hiding the rest. */
export function sizeFromPagerank(pr: number, min: number, max: number): number {
  if (max <= min) return (NODE_SIZE.min + NODE_SIZE.max) / 2;
  return NODE_SIZE.min + (NODE_SIZE.max - NODE_SIZE.min) * Math.sqrt((pr - min) / (max - min));
}

/** Sets x, y and size on every node of `g` (metrics must have run: it uses community and pagerank). */
export function applyLayout(g: KgGraph, options: LayoutOptions = {}): void {
  const start = initialPositions(g, options.seed ?? DEFAULT_SEED);
  const p = undirectedProjection(g);
  p.forEachNode((n) => {
    p.mergeNodeAttributes(n, start.get(n)!);
  });
  if (p.size > 0) {
    forceAtlas2.assign(p, {
      iterations: options.iterations ?? layoutIterations(p.order),
      settings: { ...forceAtlas2.inferSettings(p), gravity: 1, barnesHutOptimize: p.order >= BARNES_HUT_FROM, edgeWeightInfluence: 1 },
      getEdgeWeight: 'weight',
    });
  }
  placeIsolates(p);
  // A loop, not Math.min(...ranks): spreading 100k+ arguments overflows the stack.
  let min = Infinity;
  let max = -Infinity;
  g.forEachNode((_n, a) => {
    min = Math.min(min, a.pagerank);
    max = Math.max(max, a.pagerank);
  });
  g.updateEachNodeAttributes((n, a) => ({
    ...a,
    x: round(p.getNodeAttribute(n, 'x')),
    y: round(p.getNodeAttribute(n, 'y')),
    size: round(sizeFromPagerank(a.pagerank, min, max)),
  }));
}

/**
 * Entities without relations carry no force but repulsion, so ForceAtlas2 flings them far
 * out and squeezes the connected core into the middle of the picture. Instead they go on
 * a ring just outside the core, in id order (deterministic). Gravity 1 (inferSettings gives
 * 0.05) keeps small components near the core instead of drifting to the edge of the picture.
 */
export function placeIsolates(p: Projection): void {
  const isolates: string[] = [];
  let cx = 0,
    cy = 0,
    connected = 0;
  p.forEachNode((n) => {
    if (p.degree(n) === 0) {
      isolates.push(n);
      return;
    }
    cx += p.getNodeAttribute(n, 'x');
    cy += p.getNodeAttribute(n, 'y');
    connected++;
  });
  if (isolates.length === 0) return;
  if (connected > 0) {
    cx /= connected;
    cy /= connected;
  }
  let reach = 0;
  p.forEachNode((n) => {
    if (p.degree(n) > 0) reach = Math.max(reach, Math.hypot(p.getNodeAttribute(n, 'x') - cx, p.getNodeAttribute(n, 'y') - cy));
  });
  const radius = Math.max(reach * 1.3, Math.sqrt(isolates.length) * 10);
  isolates.sort();
  isolates.forEach((n, i) => {
    const a = (2 * Math.PI * i) / isolates.length;
    p.mergeNodeAttributes(n, { x: cx + radius * Math.cos(a), y: cy + radius * Math.sin(a) });
  });
}

/** Six decimals: enough for any screen, and keeps exports small and diff-friendly. */
const round = (v: number): number => Math.round(v * 1e6) / 1e6;
