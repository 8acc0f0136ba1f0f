/**
 * Edge programs per edge: parallel edges between the same two entities (several
 * predicates) are curved apart so each stays visible; symmetric predicates have no arrow.
 */
import { DEFAULT_EDGE_CURVATURE, indexParallelEdgesIndex } from '@sigma/edge-curve';
import type { KGraph } from './types.js';

/** Curvature of the index-th of parallel edges (indices centred on 0), as in the sigma example. */
export function curvature(index: number, maxIndex: number): number {
  if (maxIndex <= 0) return 0;
  if (index < 0) return -curvature(-index, maxIndex);
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (maxCurvature * index) / maxIndex;
}

/** Program name for an edge: curved or straight, with or without arrow. */
export function edgeProgram(curved: boolean, symmetric: boolean): string {
  return curved ? (symmetric ? 'curved' : 'curvedArrow') : symmetric ? 'line' : 'arrow';
}

/** Sets `type` and `curvature` of every edge. */
export function assignEdgePrograms(graph: KGraph): void {
  indexParallelEdgesIndex(graph as any, { edgeIndexAttribute: 'parallelIndex', edgeMinIndexAttribute: 'parallelMinIndex', edgeMaxIndexAttribute: 'parallelMaxIndex' });
  graph.updateEachEdgeAttributes((_e, a) => {
    const index = a.parallelIndex as number | null | undefined;
    const max = a.parallelMaxIndex as number | null | undefined;
    const curved = typeof index === 'number' && index !== 0 && typeof max === 'number';
    a.type = edgeProgram(curved, a.symmetric);
    a.curvature = curved ? curvature(index, max) : 0;
    return a;
  });
}
