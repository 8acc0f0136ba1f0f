/** The graph replaced in place (a Cypher result, or the file's graph restored): renderer and views follow. */
import { loadGraph, prepareGraph } from '../core/graph/prepare.js';
import type { App } from './app.js';
import { reloadSource, type Source } from './load.js';
import { fitToGraphSize } from './renderer.js';
import type { Views } from './view-handles.js';

/** A selection the new graph does not hold is dropped. */
function dropLostSelection(app: App): void {
  const sel = app.store.state.selected;
  if (sel && !app.graph.hasNode(sel) && !app.graph.hasEdge(sel.slice(2))) app.store.set({ selected: undefined });
}

/** Re-prepares, re-indexes and redraws everything after the graph's content changed. */
export function graphChanged(app: App, views: Views): void {
  const { graph, renderer, store } = app;
  views.layout.stop();
  // Index the new nodes and edges first: sigma cannot repaint an edge it has not indexed.
  renderer.refresh();
  prepareGraph(graph, store.state.sizeBy, store.state.colorBy);
  fitToGraphSize(renderer, graph, app.hl);
  views.search.reindex();
  dropLostSelection(app);
  app.recompute();
  renderer.refresh();
  views.renderFilters();
  views.renderTimeline();
  views.renderPanel();
  void renderer.getCamera().animatedReset({ duration: 300 });
}

/** The file's graph again: fetched anew (the server keeps it), rather than a copy kept in memory all along. */
export async function restoreGraph(app: App, views: Views, source: Source): Promise<void> {
  const fresh = loadGraph(await reloadSource(source), app.store.state.sizeBy, app.store.state.colorBy);
  app.graph.clear();
  app.graph.import(fresh);
  graphChanged(app, views);
}
