/**
 * The whole view as a URL hash (`#hide=Person&pred=-MEET&from=2011-07-01&sel=russia`), so a
 * view can be shared and reloaded. `parseViewState(formatViewState(s))` returns `s`.
 */
import { NO_FILTERS, type Filters } from '../filters/types.js';

export type SizeBy = 'pagerank' | 'degree';
export type ColorBy = 'kind' | 'community';

export interface ViewState {
  filters: Filters;
  sizeBy: SizeBy;
  colorBy: ColorBy;
  /** The selected node, or edge as `e:<key>`. */
  selected?: string;
}

export const DEFAULT_VIEW: ViewState = { filters: NO_FILTERS, sizeBy: 'pagerank', colorBy: 'kind' };

const LIST_KEYS = { hiddenKinds: 'hideKind', hiddenPredicates: 'hidePred', hiddenQuads: 'hideQuad' } as const;

const list = (v: string | null): string[] => (v ? v.split(',').filter(Boolean) : []);
const isDay = (v: string | null): v is string => !!v && /^\d{4}-\d{2}-\d{2}$/.test(v);

/** Writes the state as a URL hash (without the leading '#'); defaults are left out. */
export function formatViewState(s: ViewState): string {
  const p = new URLSearchParams();
  const f = s.filters;
  for (const [field, key] of Object.entries(LIST_KEYS)) {
    const values = f[field as keyof typeof LIST_KEYS];
    if (values.length) p.set(key, [...values].sort().join(','));
  }
  if (f.dateFrom) p.set('from', f.dateFrom);
  if (f.dateTo) p.set('to', f.dateTo);
  if (f.article) p.set('article', f.article);
  if (f.minWeight > 0) p.set('minWeight', String(f.minWeight));
  if (f.focus && f.depth > 0) {
    p.set('focus', f.focus);
    p.set('depth', String(f.depth));
  }
  if (s.sizeBy !== DEFAULT_VIEW.sizeBy) p.set('size', s.sizeBy);
  if (s.colorBy !== DEFAULT_VIEW.colorBy) p.set('color', s.colorBy);
  if (s.selected) p.set('sel', s.selected);
  return p.toString();
}

/** Reads a URL hash (with or without '#'); unknown or malformed values fall back to defaults. */
export function parseViewState(hash: string): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const depth = Number(p.get('depth'));
  const minWeight = Number(p.get('minWeight'));
  const focus = p.get('focus') ?? undefined;
  const filters: Filters = {
    hiddenKinds: list(p.get(LIST_KEYS.hiddenKinds)).sort(),
    hiddenPredicates: list(p.get(LIST_KEYS.hiddenPredicates)).sort(),
    hiddenQuads: list(p.get(LIST_KEYS.hiddenQuads)).sort(),
    minWeight: Number.isFinite(minWeight) && minWeight > 0 ? minWeight : 0,
    depth: focus && (depth === 1 || depth === 2) ? depth : 0,
  };
  const from = p.get('from');
  const to = p.get('to');
  if (isDay(from)) filters.dateFrom = from;
  if (isDay(to)) filters.dateTo = to;
  const article = p.get('article');
  if (article) filters.article = article;
  if (focus && filters.depth > 0) filters.focus = focus;
  const size = p.get('size');
  const color = p.get('color');
  const state: ViewState = {
    filters,
    sizeBy: size === 'degree' ? 'degree' : 'pagerank',
    colorBy: color === 'community' ? 'community' : 'kind',
  };
  const sel = p.get('sel');
  if (sel) state.selected = sel;
  return state;
}
