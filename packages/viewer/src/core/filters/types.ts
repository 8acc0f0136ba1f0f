/**
 * What the analyst has narrowed the view to. Sets hold what is hidden, so that kinds or
 * predicates new to a graph show by default and a shared URL stays short.
 */
export interface Filters {
  hiddenKinds: string[];
  hiddenPredicates: string[];
  hiddenQuads: string[];
  /** Inclusive ISO day bounds (YYYY-MM-DD) of the timeline; edges without a full-year date are kept. */
  dateFrom?: string;
  dateTo?: string;
  /** Only what this article mentions. */
  article?: string;
  minWeight: number;
  /** Only the neighbourhood of this node, `depth` steps away (0 = off). */
  focus?: string;
  depth: 0 | 1 | 2;
}

export const NO_FILTERS: Filters = { hiddenKinds: [], hiddenPredicates: [], hiddenQuads: [], minWeight: 0, depth: 0 };

/** True when a filter acts on edges, so nodes it leaves without any edge are hidden too. */
export function filtersEdges(f: Filters): boolean {
  return f.hiddenPredicates.length > 0 || f.hiddenQuads.length > 0 || !!f.dateFrom || !!f.dateTo || f.minWeight > 0 || !!f.article;
}
