/** What the reducers emphasise, derived from the selection and the hovered node. */
import type { KGraph } from '../core/graph/types.js';
import { neighbourhoodOf, type Highlight } from './renderer.js';

/** Sets the selected node or edge and the focus (hovered, else selected node) with its visible neighbourhood. */
export function syncHighlight(graph: KGraph, hl: Highlight, selected: string | undefined): void {
  hl.selectedNode = selected && !selected.startsWith('e:') && graph.hasNode(selected) ? selected : undefined;
  hl.selectedEdge = selected?.startsWith('e:') && graph.hasEdge(selected.slice(2)) ? selected.slice(2) : undefined;
  hl.focus = hl.hovered ?? hl.selectedNode;
  // A focus hidden by the filters emphasises nothing.
  const around = hl.focus && hl.vis.nodes.has(hl.focus) ? neighbourhoodOf(graph, hl.vis, hl.focus) : undefined;
  hl.focusSet = around?.nodes;
  hl.focusEdges = around?.edges;
  if (!around) hl.focus = undefined;
}
