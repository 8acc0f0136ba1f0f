/** What each change of the view state (from the page or the URL) redraws. */
import type { ViewState } from '../core/url/state.js';
import { applyAppearance } from '../core/appearance/palette.js';
import type { App } from './app.js';
import { syncHighlight } from './highlight.js';
import { showCounts } from './status-line.js';
import type { Views } from './view-handles.js';

export function followState(app: App, views: Views, showInToolbar: (state: ViewState) => void): void {
  const { graph, renderer, hl } = app;
  app.store.subscribe((state, prev, external) => {
    if (state.sizeBy !== prev.sizeBy || state.colorBy !== prev.colorBy) applyAppearance(graph, state.sizeBy, state.colorBy);
    if (state.filters !== prev.filters) app.recompute();
    else {
      syncHighlight(graph, hl, state.selected);
      renderer.refresh({ skipIndexation: true });
    }
    if (state.selected !== prev.selected) views.renderPanel();
    // The filter list is the colour legend; a URL edited by hand may change any filter.
    if (external || state.colorBy !== prev.colorBy) {
      views.renderFilters();
      views.renderTimeline();
    }
    showInToolbar(state);
    showCounts(app);
  });
}
