/**
 * Edge programs per edge: parallel edges between the same two entities (several
 * predicates) are curved apart so each stays visible; symmetric predicates have no arrow.
 *
 * The parallel-edge index is the one @sigma/edge-curve's `indexParallelEdgesIndex` writes
 * (checked against it in test/model.test.ts), computed here in one pass over the edges
 * and written with one attribute update: that package needs WebGL to load (so not in the
 * server, which prepares big graphs) and sets three attributes per edge one by one.
 */
import type { KGraph } from './types.js';

/** Curvature of the outermost of many parallel edges relative to @sigma/edge-curve's DEFAULT_EDGE_CURVATURE (0.25). */
const BASE_CURVATURE = 0.25;

/** Curvature of the index-th of parallel edges (indices centred on 0), as in the sigma example. */
export function curvature(index: number, maxIndex: number): number {
  if (maxIndex <= 0) return 0;
  if (index < 0) return -curvature(-index, maxIndex);
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * BASE_CURVATURE;
  return (maxCurvature * index) / maxIndex;
}

/** Program name for an edge: curved or straight, with or without arrow. */
export function edgeProgram(curved: boolean, symmetric: boolean): string {
  return curved ? (symmetric ? 'curved' : 'curvedArrow') : symmetric ? 'line' : 'arrow';
}

export interface ParallelIndex {
  index: number | null;
  min?: number;
  max: number | null;
}

/**
 * The parallel index of every edge that shares its two ends with another one (either
 * direction), as @sigma/edge-curve computes it: edges all one way are spread around 0
 * (index −max…max); edges both ways are numbered 1…n on each side (the two directions
 * then bend to opposite sides). Edges alone between their ends are not in the map.
 */
export function parallelIndex(graph: KGraph): Map<string, ParallelIndex> {
  const directed = new Map<string, string[]>();
  const undirectedCount = new Map<string, number>();
  graph.forEachEdge((edge, _a, source, target) => {
    const d = `${source}\u0000${target}`;
    const u = source < target ? d : `${target}\u0000${source}`;
    const list = directed.get(d);
    if (list) list.push(edge);
    else directed.set(d, [edge]);
    undirectedCount.set(u, (undirectedCount.get(u) ?? 0) + 1);
  });
  const out = new Map<string, ParallelIndex>();
  for (const [d, edges] of directed) {
    const [s, t] = d.split('\u0000');
    const both = undirectedCount.get(s < t ? d : `${t}\u0000${s}`)!;
    const n = edges.length;
    if (n === 1 && both === 1) continue;
    if (n === 1) out.set(edges[0], { index: 1, max: 1 });
    else if (n === both) {
      const max = (n - 1) / 2;
      edges.forEach((e, i) => out.set(e, { index: -max + i, min: -max, max }));
    } else edges.forEach((e, i) => out.set(e, { index: i + 1, max: n }));
  }
  return out;
}

/** Sets `type` (program) and `curvature` of every edge. */
export function assignEdgePrograms(graph: KGraph): void {
  const parallel = parallelIndex(graph);
  graph.updateEachEdgeAttributes(
    (edge, a) => {
      const p = parallel.get(edge);
      const curved = !!p && typeof p.index === 'number' && p.index !== 0 && typeof p.max === 'number';
      a.type = edgeProgram(curved, a.symmetric);
      a.curvature = curved ? curvature(p!.index!, p!.max!) : 0;
      return a;
    },
    { attributes: ['type', 'curvature'] },
  );
}
