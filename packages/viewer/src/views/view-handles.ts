/** What the mounted views expose to the code that replaces the graph (graph-swap.ts) and follows the state. */
export interface Views {
  renderPanel(): void;
  renderFilters(): void;
  renderTimeline(): void;
  search: { reindex(): void };
  layout: { stop(): void };
}
