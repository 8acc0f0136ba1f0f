/**
 * Colours and sizes. Kinds and quad classes use the graph package's palettes (the same
 * colours as the GEXF/GraphML exports); communities take a categorical palette by index.
 */
import { KIND_COLORS as GRAPH_KIND_COLORS, QUAD_CLASS_COLORS, DEFAULT_COLOR, EDGE_SIZE, NODE_SIZE } from '@kg/graph/style';
import type { KGraph } from '../graph/types.js';
import type { ColorBy, SizeBy } from '../url/state.js';

export const KIND_COLORS: Record<string, string> = { ...GRAPH_KIND_COLORS, Unknown: DEFAULT_COLOR };
export const QUAD_COLORS: Record<string, string> = { ...QUAD_CLASS_COLORS };
const COMMUNITY_PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac', '#17becf', '#bcbd22'];

export const kindColor = (kind: string): string => KIND_COLORS[kind] ?? KIND_COLORS.Unknown;
export const quadColor = (quad: string): string => QUAD_COLORS[quad] ?? QUAD_COLORS.neutral;
export const communityColor = (c: number): string => COMMUNITY_PALETTE[((c % COMMUNITY_PALETTE.length) + COMMUNITY_PALETTE.length) % COMMUNITY_PALETTE.length];

export const MIN_NODE_SIZE = NODE_SIZE.min;
export const MAX_NODE_SIZE = NODE_SIZE.max;

/**
 * Node size range in pixels: the full range up to 1,000 nodes, then shrinking with the
 * square root of the node count (to half at 4,000 nodes), so big graphs do not turn into
 * overlapping discs.
 */
export function sizeRange(order: number): [number, number] {
  const k = Math.min(1, Math.sqrt(1000 / Math.max(order, 1)));
  return [Math.max(1.5, MIN_NODE_SIZE * k), Math.max(6, MAX_NODE_SIZE * k)];
}

/** Writes `size` and `color` of every node (square-root scale, so area follows the metric). */
export function applyAppearance(graph: KGraph, sizeBy: SizeBy, colorBy: ColorBy): void {
  let lo = Infinity;
  let hi = -Infinity;
  graph.forEachNode((_n, a) => {
    const v = a[sizeBy];
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  });
  const span = Math.sqrt(Math.max(0, hi - lo));
  const [min, max] = sizeRange(graph.order);
  graph.updateEachNodeAttributes(
    (_n, a) => {
      const t = span > 0 ? Math.sqrt(a[sizeBy] - lo) / span : 0.3;
      a.size = min + t * (max - min);
      a.color = colorBy === 'kind' ? kindColor(a.kind) : communityColor(a.community);
      return a;
    },
    { attributes: ['size', 'color'] },
  );
}

/**
 * Writes edge colour by quad class, and a thickness from the evidence count when the file
 * has none (1 px for one piece of evidence, as the graph package's model does: thin edges
 * keep a big graph from turning into a hairball, and cost less to draw).
 */
export function applyEdgeAppearance(graph: KGraph): void {
  graph.updateEachEdgeAttributes(
    (_e, a) => {
      a.color = quadColor(a.quadClass);
      if (typeof a.size !== 'number') a.size = Math.min(EDGE_SIZE.max, EDGE_SIZE.min + Math.log2(Math.max(1, a.weight)));
      return a;
    },
    { attributes: ['color', 'size'] },
  );
}
