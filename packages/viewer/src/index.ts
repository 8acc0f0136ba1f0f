/** @kg/viewer: the Sigma.js network browser's pure core and its local server. */
export { serve, type ServeOptions, type RunningServer } from './server/index.js';
export { normalizeGraph } from './core/graph/normalize.js';
export type { KGraph, NodeAttrs, EdgeAttrs, GraphAttrs } from './core/graph/types.js';
export { fold } from './core/search/fold.js';
export { buildSearchIndex, search } from './core/search/index.js';
export { computeVisibility, type Visibility } from './core/filters/visibility.js';
export { NO_FILTERS, type Filters } from './core/filters/types.js';
export { formatViewState, parseViewState, DEFAULT_VIEW, type ViewState } from './core/url/state.js';
