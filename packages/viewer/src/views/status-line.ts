/** The status line's counts: what the filters leave visible of the whole graph. */
import type { App } from './app.js';

export function showCounts(app: App): void {
  const { graph, hl } = app;
  app.status(
    `${hl.vis.nodes.size.toLocaleString()} of ${graph.order.toLocaleString()} nodes · ${hl.vis.edges.size.toLocaleString()} of ${graph.size.toLocaleString()} edges`,
  );
}
