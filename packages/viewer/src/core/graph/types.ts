/**
 * The attributes of the graphology JSON written by `kg export --format json`: what the
 * viewer reads. Everything optional is defaulted by `normalizeGraph`.
 */
import type { MultiGraph } from 'graphology';
import { KIND_COLORS, QUAD_CLASS_COLORS } from '@kg/graph/style';

// The contract's entity types and quad classes, as keyed by the graph package's palettes
// (imported by path, not through @kg/graph's index, to keep Node-only modules out of the bundle).
export const ENTITY_KINDS = Object.keys(KIND_COLORS) as readonly string[];
export const QUAD_CLASSES = Object.keys(QUAD_CLASS_COLORS) as readonly string[];

export interface Position { title: string; of: string; titleAliases?: string[] }
export interface Evidence { doc: string; sentence: string; start: number; end: number }
export interface DocumentInfo { id: string; title: string; lang: string; published: string | null; path?: string; text?: string }

export interface NodeAttrs {
  label: string;
  kind: string;
  aliases: string[];
  wikidata?: string;
  mentions: number;
  articles: string[];
  positions: Position[];
  degree: number;
  pagerank: number;
  community: number;
  x: number;
  y: number;
  size: number;
  color: string;
  [extra: string]: unknown;
}

export interface EdgeAttrs {
  predicate: string;
  label: string;
  topics: string[];
  dates: string[];
  firstSeen?: string;
  lastSeen?: string;
  weight: number;
  confidence: number;
  negated: boolean;
  attributedTo: string[];
  cameo?: string;
  quadClass: string;
  symmetric: boolean;
  evidence: Evidence[];
  color?: string;
  size?: number;
  [extra: string]: unknown;
}

export interface GraphAttrs {
  documents: DocumentInfo[];
  [extra: string]: unknown;
}

export type KGraph = MultiGraph<NodeAttrs, EdgeAttrs, GraphAttrs>;
