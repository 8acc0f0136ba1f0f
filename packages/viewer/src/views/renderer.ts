/**
 * The sigma renderer: reducers hide what the filters exclude and dim everything outside
 * the hovered (or selected) node's neighbourhood; the graph itself is never mutated by
 * filtering. Labels are thinned by sigma's label grid so big graphs stay readable.
 */
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeLineProgram } from 'sigma/rendering';
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import type { KGraph } from '../core/graph/types.js';
import type { Visibility } from '../core/filters/visibility.js';

const DIM_NODE = '#e4e6e9';
/** Above this many edges, edges are not clickable (see enableEdgeEvents). */
export const EDGE_EVENTS_MAX = 20_000;

/** What the reducers read; mutated by the app, then `renderer.refresh()`. */
export interface Highlight {
  vis: Visibility;
  /** Node whose neighbourhood is emphasised (hovered, else selected). */
  focus?: string;
  focusSet?: Set<string>;
  selectedNode?: string;
  selectedEdge?: string;
}

/** The node and its visible neighbours. */
export function neighbourSet(graph: KGraph, vis: Visibility, node: string): Set<string> {
  const set = new Set([node]);
  graph.forEachEdge(node, (e, _a, s, t) => { if (vis.edges.has(e)) set.add(s === node ? t : s); });
  return set;
}

export function createRenderer(graph: KGraph, container: HTMLElement, hl: Highlight): Sigma {
  return new Sigma(graph as any, container, {
    defaultEdgeType: 'line',
    edgeProgramClasses: { line: EdgeLineProgram, arrow: EdgeArrowProgram, curved: EdgeCurveProgram, curvedArrow: EdgeCurvedArrowProgram },
    // Edge picking draws every edge a second time (into the picking buffer): only on graphs
    // small enough for it; on big ones edges are reached from the node panel.
    enableEdgeEvents: graph.size <= EDGE_EVENTS_MAX,
    renderEdgeLabels: false,
    labelDensity: 0.6,
    labelGridCellSize: 90,
    labelRenderedSizeThreshold: 9,
    labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
    labelSize: 13,
    labelWeight: '500',
    zIndex: true,
    minEdgeThickness: 0.6,
    nodeReducer: (node, data) => {
      if (!hl.vis.nodes.has(node)) return { ...data, hidden: true };
      if (hl.focusSet && !hl.focusSet.has(node)) return { ...data, color: DIM_NODE, label: '', zIndex: 0 };
      if (node === hl.selectedNode || node === hl.focus) return { ...data, highlighted: true, forceLabel: true, zIndex: 2 };
      if (hl.focusSet) return { ...data, forceLabel: true, zIndex: 1 };
      return data;
    },
    edgeReducer: (edge, data) => {
      if (!hl.vis.edges.has(edge)) return { ...data, hidden: true };
      if (edge === hl.selectedEdge) return { ...data, size: (data.size ?? 1) + 3, zIndex: 2 };
      if (hl.focus) {
        const ends = graph.extremities(edge);
        if (ends[0] !== hl.focus && ends[1] !== hl.focus) return { ...data, hidden: true };
        return { ...data, zIndex: 1 };
      }
      return data;
    },
  });
}
