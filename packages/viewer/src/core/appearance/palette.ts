/**
 * Colours and sizes. Kinds and quad classes use the graph package's palettes (the same
 * colours as the GEXF/GraphML exports); communities take a categorical palette by index.
 */
import { KIND_COLORS as GRAPH_KIND_COLORS, QUAD_CLASS_COLORS, DEFAULT_COLOR } from '../../../../graph/src/style.js';
import type { KGraph } from '../graph/types.js';
import type { ColorBy, SizeBy } from '../url/state.js';

export const KIND_COLORS: Record<string, string> = { ...GRAPH_KIND_COLORS, Unknown: DEFAULT_COLOR };
export const QUAD_COLORS: Record<string, string> = { ...QUAD_CLASS_COLORS };
const COMMUNITY_PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac', '#17becf', '#bcbd22'];

export const kindColor = (kind: string): string => KIND_COLORS[kind] ?? KIND_COLORS.Unknown;
export const quadColor = (quad: string): string => QUAD_COLORS[quad] ?? QUAD_COLORS.neutral;
export const communityColor = (c: number): string => COMMUNITY_PALETTE[((c % COMMUNITY_PALETTE.length) + COMMUNITY_PALETTE.length) % COMMUNITY_PALETTE.length];

export const MIN_NODE_SIZE = 3;
export const MAX_NODE_SIZE = 20;

/** Writes `size` and `color` of every node (square-root scale, so area follows the metric). */
export function applyAppearance(graph: KGraph, sizeBy: SizeBy, colorBy: ColorBy): void {
  let lo = Infinity;
  let hi = -Infinity;
  graph.forEachNode((_n, a) => { const v = a[sizeBy]; if (v < lo) lo = v; if (v > hi) hi = v; });
  const span = Math.sqrt(Math.max(0, hi - lo));
  graph.updateEachNodeAttributes((_n, a) => {
    const t = span > 0 ? Math.sqrt(a[sizeBy] - lo) / span : 0.3;
    a.size = MIN_NODE_SIZE + t * (MAX_NODE_SIZE - MIN_NODE_SIZE);
    a.color = colorBy === 'kind' ? kindColor(a.kind) : communityColor(a.community);
    return a;
  }, { attributes: ['size', 'color'] });
}

/** Writes edge colour by quad class and thickness by weight. */
export function applyEdgeAppearance(graph: KGraph): void {
  let hi = 1;
  graph.forEachEdge((_e, a) => { if (a.weight > hi) hi = a.weight; });
  graph.updateEachEdgeAttributes((_e, a) => {
    a.color = quadColor(a.quadClass);
    a.size = 1 + 3 * Math.sqrt(a.weight / hi);
    return a;
  }, { attributes: ['color', 'size'] });
}
