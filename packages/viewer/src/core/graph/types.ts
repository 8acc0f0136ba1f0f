/**
 * The attributes of the graphology JSON written by `kg export --format json`: what the
 * viewer reads. Everything optional is defaulted by `normalizeGraph`.
 */
import type { MultiGraph } from 'graphology';
import type { Document } from '@kg/extractor';
import type { EdgeAttributes, EdgeEvidence, GraphAttributes, NodeAttributes } from '@kg/graph';
import { KIND_COLORS, QUAD_CLASS_COLORS } from '@kg/graph/style';

// The contract's entity types and quad classes, as keyed by the graph package's palettes
// (imported by path, not through @kg/graph's index, to keep Node-only modules out of the bundle).
export const ENTITY_KINDS = Object.keys(KIND_COLORS) as readonly string[];
export const QUAD_CLASSES = Object.keys(QUAD_CLASS_COLORS) as readonly string[];

/**
 * The viewer's attributes are the graph model's (@kg/graph, src/types.ts), imported as types
 * only, so none of the graph package's Node-only code enters the browser bundle. The viewer also
 * draws graphology files from elsewhere and Cypher results, so it keeps any extra attribute, and
 * on edges widens what such data may lack or spell otherwise (see normalize.ts).
 */
export type { Position } from '@kg/graph';
/** One piece of evidence of an edge: the model's EdgeEvidence. */
export type Evidence = EdgeEvidence;
/** A document of the graph; `path` may be missing in a file from elsewhere. */
export type DocumentInfo = Omit<Document, 'path'> & Partial<Pick<Document, 'path'>>;

export interface NodeAttrs extends NodeAttributes {
  [extra: string]: unknown;
}

/**
 * A Cypher result's relationship may be of any type (not one of the contract's predicates) and
 * carry no quad class, CAMEO code, colour or size; the palette fills colour and size.
 */
export interface EdgeAttrs extends Omit<EdgeAttributes, 'predicate' | 'quadClass' | 'cameo' | 'color' | 'size'> {
  predicate: string;
  quadClass: string;
  cameo?: string;
  color?: string;
  size?: number;
  [extra: string]: unknown;
}

export interface GraphAttrs extends Partial<Omit<GraphAttributes, 'documents'>> {
  documents: DocumentInfo[];
  [extra: string]: unknown;
}

export type KGraph = MultiGraph<NodeAttrs, EdgeAttrs, GraphAttrs>;
