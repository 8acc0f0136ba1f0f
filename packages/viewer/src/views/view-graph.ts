/**
 * The graph the first frame draws, from what load.ts fetched. Served prepared by the local
 * server (its view part): imported as is; otherwise normalized and prepared here
 * (core/graph/prepare.ts). A view part's details (core/graph/parts.ts) are merged after the
 * first frame, or before it when the URL's view needs them (filters; sizes or colours by
 * another metric).
 */
import { applyAppearance } from '../core/appearance/palette.js';
import { isUnfiltered } from '../core/filters/visibility.js';
import { mergeDetails } from '../core/graph/parts.js';
import { loadGraph } from '../core/graph/prepare.js';
import type { KGraph } from '../core/graph/types.js';
import { DEFAULT_VIEW, type ViewState } from '../core/url/state.js';
import type { Source } from './load.js';
import type { Store } from './store.js';

export interface ViewGraph {
  graph: KGraph;
  /** Merges the details into the graph; does nothing once they are merged, or when there are none. */
  completeDetails(): Promise<void>;
}

const isDefaultLook = (state: ViewState): boolean => state.sizeBy === DEFAULT_VIEW.sizeBy && state.colorBy === DEFAULT_VIEW.colorBy;

/** Builds the graph from the source (whose parsed JSON it lets go), with its details if the URL's view needs them. */
export async function buildViewGraph(source: Source, store: Store): Promise<ViewGraph> {
  const graph = loadGraph(source.graph, store.state.sizeBy, store.state.colorBy);
  source.graph = undefined; // let the parsed JSON go
  performance.mark('kg:loaded');
  const defaultLook = isDefaultLook(store.state);
  const completeDetails = async () => {
    const details = source.details;
    if (!details) return;
    source.details = undefined;
    mergeDetails(graph, await details());
    // A view part comes with the default look: the details hold what another one needs.
    if (!defaultLook) applyAppearance(graph, store.state.sizeBy, store.state.colorBy);
    performance.mark('kg:details');
  };
  if (!isUnfiltered(store.state.filters) || !defaultLook) await completeDetails();
  return { graph, completeDetails };
}
