/**
 * The served graph in two parts, so the first frame waits only for what it draws. The
 * view part holds the keys, ends and drawing attributes (a quarter of the bytes of a
 * 10k/50k graph); the details part holds everything else, item by item in the same order,
 * and is merged into the graph's attribute objects after the first frame (without events:
 * nothing sigma draws changes). A page with filters in its URL waits for both (the
 * filters read the details).
 */
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttrs, GraphAttrs, KGraph, NodeAttrs } from './types.js';

/** Node attributes the first frame needs (position, size, colour, label). */
export const VIEW_NODE_ATTRIBUTES = ['x', 'y', 'size', 'color', 'label'] as const;
/** Edge attributes the first frame needs (program, colour, thickness, curvature). */
export const VIEW_EDGE_ATTRIBUTES = ['type', 'color', 'size', 'curvature'] as const;

type Serialized = SerializedGraph<NodeAttrs, EdgeAttrs, GraphAttrs>;

export interface GraphDetails {
  attributes: GraphAttrs;
  /** The rest of each node's attributes, in the order of the view part's nodes. */
  nodes: Record<string, unknown>[];
  /** The rest of each edge's attributes, in the order of the view part's edges. */
  edges: Record<string, unknown>[];
}

function split<T extends object>(attributes: T, keys: readonly string[]): [Record<string, unknown>, Record<string, unknown>] {
  const view: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(attributes)) {
    if (keys.includes(k)) view[k] = v;
    else rest[k] = v;
  }
  return [view, rest];
}

/** Splits a prepared graph JSON into its view part (a serialized graph itself) and its details. */
export function splitGraph(json: Serialized): { view: Serialized; details: GraphDetails } {
  const nodes: Record<string, unknown>[] = [];
  const edges: Record<string, unknown>[] = [];
  const view: Serialized = {
    options: json.options,
    attributes: { documents: [], viewerPrepared: json.attributes.viewerPrepared, viewerPart: 'view' },
    nodes: json.nodes.map((n) => {
      const [v, rest] = split(n.attributes ?? {}, VIEW_NODE_ATTRIBUTES);
      nodes.push(rest);
      return { key: n.key, attributes: v as unknown as NodeAttrs };
    }),
    edges: json.edges.map((e) => {
      const [v, rest] = split(e.attributes ?? {}, VIEW_EDGE_ATTRIBUTES);
      edges.push(rest);
      return { key: e.key, source: e.source, target: e.target, ...(e.undirected ? { undirected: true } : {}), attributes: v as unknown as EdgeAttrs };
    }),
  };
  return { view, details: { attributes: json.attributes, nodes, edges } };
}

/** True for a view part (the graph still lacks its details). */
export const isViewPart = (data: unknown): boolean => (data as Partial<Serialized>)?.attributes?.viewerPart === 'view';

/**
 * Writes the details into the attribute objects of a graph loaded from the view part
 * (same order), silently: sigma is not told, as nothing it draws changes.
 */
export function mergeDetails(graph: KGraph, details: GraphDetails): void {
  if (details.nodes.length !== graph.order || details.edges.length !== graph.size)
    throw new Error(
      `kg viewer: the graph details (${details.nodes.length} nodes, ${details.edges.length} edges) do not match the graph (${graph.order}, ${graph.size})`,
    );
  let i = 0;
  graph.forEachNode((_n, a) => {
    Object.assign(a, details.nodes[i++]);
  });
  i = 0;
  graph.forEachEdge((_e, a) => {
    Object.assign(a, details.edges[i++]);
  });
  const { viewerPrepared } = graph.getAttributes();
  graph.replaceAttributes({ ...details.attributes, viewerPrepared });
}
