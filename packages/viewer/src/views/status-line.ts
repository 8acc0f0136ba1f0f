/** The status line's counts: what the filters leave visible of the whole graph. */
import type { KGraph } from '../core/graph/types.js';
import type { Highlight } from './renderer.js';

/** What the counts read and where they go (the app; named here so this file does not import it). */
export interface CountsTarget {
  graph: KGraph;
  hl: Highlight;
  status(text: string): void;
}

export function showCounts(app: CountsTarget): void {
  const { graph, hl } = app;
  app.status(
    `${hl.vis.nodes.size.toLocaleString()} of ${graph.order.toLocaleString()} nodes · ${hl.vis.edges.size.toLocaleString()} of ${graph.size.toLocaleString()} edges`,
  );
}
