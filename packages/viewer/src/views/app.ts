/** What the views share: the graph, the renderer, the state and a few actions. */
import type Sigma from 'sigma';
import { computeVisibility } from '../core/filters/visibility.js';
import type { KGraph } from '../core/graph/types.js';
import { syncHighlight } from './highlight.js';
import type { Store } from './store.js';
import type { Highlight } from './renderer.js';
import { showCounts } from './status-line.js';

export interface App {
  graph: KGraph;
  renderer: Sigma;
  store: Store;
  hl: Highlight;
  /** True when served by the local server (article texts and Cypher available). */
  api: boolean;
  /** Selects a node, an edge (`e:<key>`) or nothing, and moves the camera to a node. */
  select(target: string | undefined, opts?: { move?: boolean }): void;
  /** Opens an article, optionally highlighting an evidence span and the names of an entity. */
  openArticle(doc: string, evidence?: { sentence: string; start: number; end: number }, names?: string[]): void;
  /** Recomputes visibility after the filters or the graph changed. */
  recompute(): void;
  /** Shows a short message in the status line. */
  status(text: string): void;
}

/** The camera's zoom when it flies to a selected node (closer if it already is). */
const SELECT_RATIO = 0.35;

/** The app with its actions; `openArticle` is set once the article view is mounted. */
export function createApp(parts: Pick<App, 'graph' | 'renderer' | 'store' | 'hl' | 'api'>, statusEl: HTMLElement): App {
  const { graph, renderer, store, hl } = parts;
  const app: App = {
    ...parts,
    select: (target, opts = {}) => {
      store.set({ selected: target });
      if (opts.move && target && !target.startsWith('e:') && graph.hasNode(target)) {
        const d = renderer.getNodeDisplayData(target);
        if (d) void renderer.getCamera().animate({ x: d.x, y: d.y, ratio: Math.min(renderer.getCamera().ratio, SELECT_RATIO) }, { duration: 400 });
      }
    },
    openArticle: () => {},
    recompute: () => {
      hl.vis = computeVisibility(graph, store.state.filters);
      syncHighlight(graph, hl, store.state.selected);
      renderer.refresh({ skipIndexation: true });
      showCounts(app);
    },
    status: (text) => {
      statusEl.textContent = text;
    },
  };
  return app;
}

/** The label of a node, or its key when it is not in the graph. */
export const nodeLabel = (app: App, key: string): string => (app.graph.hasNode(key) ? app.graph.getNodeAttribute(key, 'label') : key);

/** The title of a document id. */
export function docTitle(app: App, id: string): string {
  return app.graph.getAttribute('documents').find((d) => d.id === id)?.title || id;
}
