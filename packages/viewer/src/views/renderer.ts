/**
 * The sigma renderer: reducers hide what the filters exclude and dim everything outside
 * the hovered (or selected) node's neighbourhood; the graph itself is never mutated by
 * filtering. Labels are thinned by sigma's label grid so big graphs stay readable.
 */
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeLineProgram, NodeCircleProgram, NodePointProgram } from 'sigma/rendering';
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import type { KGraph } from '../core/graph/types.js';
import { pickingWhenStill } from './motion.js';
import type { Visibility } from '../core/filters/visibility.js';
import { sizeRange } from '../core/appearance/palette.js';

const DIM_NODE = '#e4e6e9';
/** Above this many edges, edges are not clickable (see enableEdgeEvents). */
export const EDGE_EVENTS_MAX = 20_000;
/** Below this many nodes every label is drawn. */
const SMALL_GRAPH = 300;
/**
 * From this many nodes (or edges) on, the cheap WebGL programs: nodes as GL points, arrows
 * as 1-px lines (arrow heads only on the hovered or selected node's edges). Sigma's circle
 * and arrow programs are instanced, which software WebGL (SwiftShader, and weak GPUs) draws
 * far slower: measured in packages/viewer/README.md (bench).
 */
export const BIG_GRAPH = { nodes: 2_000, edges: 10_000 };
const isBig = (graph: KGraph) => graph.order >= BIG_GRAPH.nodes || graph.size >= BIG_GRAPH.edges;

const PointsPickedWhenStill = pickingWhenStill(NodePointProgram);
const CirclesPickedWhenStill = pickingWhenStill(NodeCircleProgram);

/** Program classes for a graph of this size; `arrowHead` is for emphasised directed edges. */
function programs(big: boolean) {
  return {
    nodeProgramClasses: { circle: big ? PointsPickedWhenStill : CirclesPickedWhenStill },
    edgeProgramClasses: {
      line: EdgeLineProgram,
      arrow: big ? EdgeLineProgram : EdgeArrowProgram,
      arrowHead: EdgeArrowProgram,
      curved: EdgeCurveProgram,
      curvedArrow: EdgeCurvedArrowProgram,
    },
  };
}

/** What the reducers read; mutated by the app, then `renderer.refresh()`. */
export interface Highlight {
  vis: Visibility;
  /** Cheap programs are in use (see BIG_GRAPH): emphasised arrows switch to `arrowHead`. */
  big?: boolean;
  /** Node under the pointer. */
  hovered?: string;
  /** Node whose neighbourhood is emphasised (hovered, else selected). */
  focus?: string;
  focusSet?: Set<string>;
  /** The focus node's visible edges (precomputed: the edge reducer runs for every edge). */
  focusEdges?: Set<string>;
  selectedNode?: string;
  selectedEdge?: string;
}

/** The node with its visible neighbours, and its visible edges. */
export function neighbourhoodOf(graph: KGraph, vis: Visibility, node: string): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set([node]);
  const edges = new Set<string>();
  graph.forEachEdge(node, (e, _a, s, t) => {
    if (vis.edges.has(e)) {
      nodes.add(s === node ? t : s);
      edges.add(e);
    }
  });
  return { nodes, edges };
}

export function createRenderer(graph: KGraph, container: HTMLElement, hl: Highlight): Sigma {
  hl.big = isBig(graph);
  return new Sigma(graph as any, container, {
    defaultEdgeType: 'line',
    ...sizeSettings(graph),
    // Edge picking draws every edge a second time (into the picking buffer): only on graphs
    // small enough for it; on big ones edges are reached from the node panel.
    enableEdgeEvents: graph.size <= EDGE_EVENTS_MAX,
    renderEdgeLabels: false,
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
      const type = hl.big && data.type === 'arrow' ? 'arrowHead' : data.type;
      if (edge === hl.selectedEdge) return { ...data, type, size: (data.size ?? 1) + 3, zIndex: 2 };
      if (hl.focusEdges) return hl.focusEdges.has(edge) ? { ...data, type, zIndex: 1 } : { ...data, hidden: true };
      return data;
    },
  });
}

/**
 * Settings that depend on the graph's size: programs, label thinning and, for big graphs,
 * nodes only while the camera moves (a full frame of 50k edges is too slow to follow a drag
 * in software WebGL; slow-frames.ts also switches this on after any slow frame).
 */
function sizeSettings(graph: KGraph) {
  const big = isBig(graph);
  // Small graphs: every label; large ones: only nodes drawn big enough (the label grid thins the rest).
  const small = graph.order < SMALL_GRAPH;
  return {
    ...programs(big),
    labelRenderedSizeThreshold: small ? 0 : sizeRange(graph.order)[1] * 0.7,
    labelDensity: small ? 1 : 0.6,
    labelGridCellSize: small ? 50 : 90,
    ...(big ? { hideEdgesOnMove: true, hideLabelsOnMove: true } : {}),
  };
}

/**
 * Applies sizeSettings when the graph is replaced (Cypher results, full graph restored).
 * Edge events stay as the first graph set them: sigma creates the edge picking layer only
 * at construction.
 */
export function fitToGraphSize(renderer: Sigma, graph: KGraph, hl: Highlight): void {
  hl.big = isBig(graph);
  // Program classes are re-registered only when a class changes.
  renderer.setSettings(sizeSettings(graph));
}
