/**
 * Colours shared by the layout, the exports and the viewer: one palette for entity kinds,
 * one for CAMEO quad classes. Plain constants so the viewer can import them as they are.
 * Hex (#rrggbb) because GEXF 1.3 viz:color takes `hex` and every reader understands it.
 */
import type { EntityType, QuadClass } from '@kg/extractor';

/** Node colour by entity kind (colour-blind-safe Okabe–Ito hues). */
export const KIND_COLORS: Readonly<Record<EntityType, string>> = {
  Person: '#e69f00',
  Country: '#0072b2',
  Organization: '#009e73',
  Location: '#56b4e9',
  Event: '#cc79a7',
};

/** Edge colour by quad class: greens for cooperation, reds for conflict, grey for structure. */
export const QUAD_CLASS_COLORS: Readonly<Record<QuadClass, string>> = {
  'verbal-cooperation': '#66bb6a',
  'material-cooperation': '#1b7837',
  'verbal-conflict': '#f4a582',
  'material-conflict': '#b2182b',
  neutral: '#9e9e9e',
};

/** Fallback for anything outside the palettes (a kind added to the contract later). */
export const DEFAULT_COLOR = '#777777';

/** Node size range (sigma pixels) that PageRank is mapped onto. */
export const NODE_SIZE = { min: 3, max: 20 } as const;

/** Edge size range that the distinct evidence count is mapped onto. */
export const EDGE_SIZE = { min: 1, max: 8 } as const;

export const kindColor = (kind: string): string => KIND_COLORS[kind as EntityType] ?? DEFAULT_COLOR;
export const quadClassColor = (q: string): string => QUAD_CLASS_COLORS[q as QuadClass] ?? DEFAULT_COLOR;
