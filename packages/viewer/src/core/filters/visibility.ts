/**
 * Which nodes and edges the filters leave visible. Computed once per filter change
 * (linear in the graph) so that sigma's reducers only test membership. Without any filter
 * everything is visible: the graph itself answers, no set of 60k keys is built.
 */
import type { EdgeAttrs, KGraph } from '../graph/types.js';
import { overlapsRange, isPlaceable } from '../timeline/dates.js';
import { filtersEdges, type Filters } from './types.js';

/** What the views ask of a set of visible keys (a Set<string> is one). */
export interface KeySet extends Iterable<string> {
  has(key: string): boolean;
  readonly size: number;
}

export interface Visibility {
  nodes: KeySet;
  edges: KeySet;
}

/** Every node and edge of the graph, as it is when asked. */
export function everything(graph: KGraph): Visibility {
  return {
    nodes: {
      has: (k) => graph.hasNode(k),
      get size() {
        return graph.order;
      },
      [Symbol.iterator]: () => graph.nodes()[Symbol.iterator](),
    },
    edges: {
      has: (k) => graph.hasEdge(k),
      get size() {
        return graph.size;
      },
      [Symbol.iterator]: () => graph.edges()[Symbol.iterator](),
    },
  };
}

/** True when no filter is set (the default view). */
export const isUnfiltered = (f: Filters): boolean => !f.hiddenKinds.length && !filtersEdges(f) && !(f.focus && f.depth > 0);

/** Whether one edge passes the edge filters (its ends are checked separately). */
export function edgePasses(f: Filters, a: EdgeAttrs): boolean {
  if (f.hiddenPredicates.includes(a.predicate)) return false;
  if (f.hiddenQuads.includes(a.quadClass)) return false;
  if (a.weight < f.minWeight) return false;
  if (f.article && !a.evidence.some((e) => e.doc === f.article)) return false;
  // Undated edges (or dates without a year) cannot be placed on the timeline: they stay.
  if ((f.dateFrom || f.dateTo) && isPlaceable(a.dates) && !overlapsRange(a.dates, f.dateFrom, f.dateTo)) return false;
  return true;
}

/** Computes the visible nodes and edges of the graph under the filters. */
export function computeVisibility(graph: KGraph, f: Filters): Visibility {
  if (isUnfiltered(f)) return everything(graph);
  const hiddenKinds = new Set(f.hiddenKinds);
  const nodes = new Set<string>();
  graph.forEachNode((n, a) => {
    if (hiddenKinds.has(a.kind)) return;
    if (f.article && !a.articles.includes(f.article)) return;
    nodes.add(n);
  });
  const edges = new Set<string>();
  const touched = new Set<string>();
  graph.forEachEdge((e, a, s, t) => {
    if (!nodes.has(s) || !nodes.has(t) || !edgePasses(f, a)) return;
    edges.add(e);
    touched.add(s);
    touched.add(t);
  });
  // An edge filter leaves behind nodes whose every edge it hid: those go too.
  if (filtersEdges(f)) for (const n of nodes) if (!touched.has(n) && graph.degree(n) > 0) nodes.delete(n);
  if (f.focus && f.depth > 0 && graph.hasNode(f.focus)) return neighbourhood(graph, { nodes, edges }, f.focus, f.depth);
  return { nodes, edges };
}

/** Restricts a visibility to what lies within `depth` visible edges of `focus`. */
export function neighbourhood(graph: KGraph, vis: Visibility, focus: string, depth: number): { nodes: Set<string>; edges: Set<string> } {
  const keep = new Set<string>([focus]);
  let frontier = [focus];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const n of frontier)
      graph.forEachEdge(n, (e, _a, s, t) => {
        if (!vis.edges.has(e)) return;
        const other = s === n ? t : s;
        if (!keep.has(other)) {
          keep.add(other);
          next.push(other);
        }
      });
    frontier = next;
  }
  const edges = new Set<string>();
  for (const e of vis.edges) if (keep.has(graph.source(e)) && keep.has(graph.target(e))) edges.add(e);
  return { nodes: keep, edges };
}
