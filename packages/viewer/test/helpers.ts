/** Test graphs: the graph package's fixture run through the real model (metrics, layout). */
import { fileURLToPath } from 'node:url';
import { readGraph, toGraphology } from '@kg/graph';
import { normalizeGraph } from '../src/core/graph/normalize.js';
import type { KGraph } from '../src/core/graph/types.js';

export const CONTRACT_FIXTURE = fileURLToPath(new URL('../../graph/test/fixtures/graph.json', import.meta.url));
export const GRAPHOLOGY_FIXTURE = fileURLToPath(new URL('./fixtures/graph.graphology.json', import.meta.url));

/** The fixture as the viewer sees it after `kg export --format json`. */
export function fixtureGraph(): KGraph {
  return normalizeGraph(toGraphology(readGraph(CONTRACT_FIXTURE)).export());
}

/** The key of the one edge with this predicate between two nodes (either direction). */
export function edgeBetween(g: KGraph, a: string, b: string, predicate: string): string {
  const e = g
    .edges(a, b)
    .concat(g.edges(b, a))
    .find((k) => g.getEdgeAttribute(k, 'predicate') === predicate);
  if (!e) throw new Error(`no ${predicate} edge between ${a} and ${b}`);
  return e;
}
