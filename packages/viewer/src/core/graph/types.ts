/**
 * The attributes of the graphology JSON written by `kg export --format json`: what the
 * viewer reads. Everything optional is defaulted by `normalizeGraph`.
 */
import type { MultiGraph } from 'graphology';

export const ENTITY_KINDS = ['Person', 'Country', 'Organization', 'Location', 'Event'] as const;
export const QUAD_CLASSES = ['verbal-cooperation', 'material-cooperation', 'verbal-conflict', 'material-conflict', 'neutral'] as const;

export interface Position { title: string; of: string }
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
