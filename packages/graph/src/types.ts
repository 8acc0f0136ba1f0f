/**
 * The types of the graphology model (model.ts), in a file of their own so that model.ts,
 * which runs metrics.ts and layout.ts, and those two, which take a KgGraph, do not import
 * each other; and so that the viewer can import them (type-only) without the model's code.
 */
import type { MultiDirectedGraph } from 'graphology';
import type { Document, QuadClass } from '@kg/extractor';
import type { EdgeEvidence, FoldedEdge } from './fold.js';

/**
 * A post held by a person, from HOLDS_POSITION: `title` is the relation's topic, `of` the entity
 * id; `titleAliases` are the post's other names in the titles lexicon ("Ngoại trưởng" for
 * "Foreign Minister"), so a viewer can find it in either language.
 */
export interface Position {
  title: string;
  of: string;
  ofLabel: string;
  titleAliases: string[];
}

export interface NodeAttributes {
  label: string;
  /** Entity type (Person, Country, …); not `type`, which sigma reserves for the node program. */
  kind: string;
  aliases: string[];
  wikidata?: string;
  /** Number of mentions in all documents. */
  mentions: number;
  /** Ids of the documents that mention the entity, sorted. */
  articles: string[];
  /** Mentions per document id (the MENTIONS count in Neo4j). */
  articleMentions: Record<string, number>;
  positions: Position[];
  /** Number of distinct neighbours, either direction, any predicate. */
  degree: number;
  pagerank: number;
  community: number;
  x: number;
  y: number;
  size: number;
  color: string;
}

export type { EdgeEvidence };

/** A folded edge (fold.ts) without its ends and key, plus what the viewer and exports add. */
export interface EdgeAttributes extends Omit<FoldedEdge, 'key' | 'subject' | 'object'> {
  label: string;
  cameo: string;
  quadClass: QuadClass;
  symmetric: boolean;
  color: string;
  size: number;
}

export interface GraphAttributes {
  generator: 'kg';
  documents: Document[];
}

export type KgGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
