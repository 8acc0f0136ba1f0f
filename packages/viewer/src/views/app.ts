/** What the views share: the graph, the renderer, the state and a few actions. */
import type Sigma from 'sigma';
import type { KGraph } from '../core/graph/types.js';
import type { Store } from './store.js';
import type { Highlight } from './renderer.js';

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

/** The label of a node, or its key when it is not in the graph. */
export const nodeLabel = (app: App, key: string): string => (app.graph.hasNode(key) ? app.graph.getNodeAttribute(key, 'label') : key);

/** The title of a document id. */
export function docTitle(app: App, id: string): string {
  return app.graph.getAttribute('documents').find((d) => d.id === id)?.title || id;
}
