/**
 * Edge programs per edge: parallel edges between the same two entities (several
 * predicates) are curved apart so each stays visible; symmetric predicates have no arrow.
 */
import type { KGraph } from './types.js';

/** `indexParallelEdgesIndex` of @sigma/edge-curve, passed in: that package needs WebGL to load. */
export type ParallelIndexer = (graph: any, options: { edgeIndexAttribute: string; edgeMinIndexAttribute: string; edgeMaxIndexAttribute: string }) => void;

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

/** Sets `type` and `curvature` of every edge, from the parallel-edge index the indexer writes. */
export function assignEdgePrograms(graph: KGraph, indexParallelEdges: ParallelIndexer): void {
  indexParallelEdges(graph, { edgeIndexAttribute: 'parallelIndex', edgeMinIndexAttribute: 'parallelMinIndex', edgeMaxIndexAttribute: 'parallelMaxIndex' });
  graph.updateEachEdgeAttributes((_e, a) => {
    const index = a.parallelIndex as number | null | undefined;
    const max = a.parallelMaxIndex as number | null | undefined;
    const curved = typeof index === 'number' && index !== 0 && typeof max === 'number';
    a.type = edgeProgram(curved, a.symmetric);
    a.curvature = curved ? curvature(index, max) : 0;
    return a;
  });
}
