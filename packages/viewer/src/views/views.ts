/**
 * The views built after the first frame (article, panel, search, layout, timeline, Cypher,
 * filters, export), and what redraws them.
 */
import type { App } from './app.js';
import { mountArticle } from './article.js';
import { mountCypher } from './cypher.js';
import { mountExport } from './export.js';
import { mountFilters } from './filters.js';
import { graphChanged, restoreGraph } from './graph-swap.js';
import { mountLayout } from './layout.js';
import type { Source } from './load.js';
import { mountPanel } from './panel.js';
import { mountSearch } from './search.js';
import { mountTimeline } from './timeline.js';
import type { Views } from './view-handles.js';

/** Mounts every view; the Cypher box may replace the graph and restore the source's. */
export function mountViews(app: App, source: Source): Views {
  app.openArticle = mountArticle(app);
  const views: Views = {
    renderPanel: mountPanel(app),
    search: mountSearch(app),
    layout: mountLayout(app),
    renderTimeline: mountTimeline(app),
    renderFilters: () => {}, // the filters hold the Cypher box, which needs `views`
  };
  const cypherBox = mountCypher(
    app,
    () => graphChanged(app, views),
    () => restoreGraph(app, views, source),
  );
  views.renderFilters = mountFilters(app, [cypherBox]);
  mountExport(app);
  return views;
}
