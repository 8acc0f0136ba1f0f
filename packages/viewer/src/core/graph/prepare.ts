/**
 * Everything sigma needs on the graph before the first frame: defaults (normalize), edge
 * programs and curvature (parallel), colours and sizes (appearance). The local server does
 * it once when it starts and marks the JSON it serves (`viewerPrepared`); the page then
 * loads it with one `graph.import`, with no pass of its own over 60k items. Files from a
 * static host, and Cypher results, are prepared in the page.
 */
import { MultiGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { applyAppearance, applyEdgeAppearance } from '../appearance/palette.js';
import { DEFAULT_VIEW, type ColorBy, type SizeBy } from '../url/state.js';
import { normalizeGraph } from './normalize.js';
import { assignEdgePrograms } from './parallel.js';
import type { EdgeAttrs, GraphAttrs, KGraph, NodeAttrs } from './types.js';
import { isViewPart } from './parts.js';

/** Version of the prepared form; a page that finds another one prepares the graph itself. */
export const PREPARED_VERSION = 1;

/** Edge programs, edge colours and thickness, node sizes and colours. */
export function prepareGraph(graph: KGraph, sizeBy: SizeBy = DEFAULT_VIEW.sizeBy, colorBy: ColorBy = DEFAULT_VIEW.colorBy): void {
  assignEdgePrograms(graph);
  applyEdgeAppearance(graph);
  applyAppearance(graph, sizeBy, colorBy);
}

/** The graph as the server serves it: normalized and prepared for the default view, marked. */
export function preparedJson(data: unknown): SerializedGraph<NodeAttrs, EdgeAttrs, GraphAttrs> {
  const graph = normalizeGraph(data);
  prepareGraph(graph);
  graph.setAttribute('viewerPrepared', PREPARED_VERSION);
  return graph.export();
}

const isPrepared = (data: unknown): boolean => (data as Partial<SerializedGraph>)?.attributes?.viewerPrepared === PREPARED_VERSION;

/**
 * The viewer's graph from a graphology JSON: imported as is when the server prepared it
 * (then only the appearance of a non-default view is applied), else normalized and
 * prepared. A view part (parts.ts) is imported with the default appearance: sizes and
 * colours by another metric need the details.
 */
export function loadGraph(data: unknown, sizeBy: SizeBy = DEFAULT_VIEW.sizeBy, colorBy: ColorBy = DEFAULT_VIEW.colorBy): KGraph {
  if (!isPrepared(data)) {
    const graph = normalizeGraph(data);
    prepareGraph(graph, sizeBy, colorBy);
    return graph;
  }
  const s = data as SerializedGraph<NodeAttrs, EdgeAttrs, GraphAttrs>;
  const graph: KGraph = new MultiGraph<NodeAttrs, EdgeAttrs, GraphAttrs>({ type: s.options?.type ?? 'mixed', allowSelfLoops: true });
  graph.import(s);
  if (!isViewPart(data) && (sizeBy !== DEFAULT_VIEW.sizeBy || colorBy !== DEFAULT_VIEW.colorBy)) applyAppearance(graph, sizeBy, colorBy);
  return graph;
}
