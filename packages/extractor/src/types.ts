/**
 * Types passed between the extraction stages. The contract types (Graph, Entity,
 * Relation, …) live in schema.ts; these are the pipeline's inner values.
 */
import type { Document, EntityType, Evidence, Relation } from './schema.js';

export type Lang = 'vi' | 'en';

/** A half-open span [start, end) of a document's cleaned text. */
export interface Span {
  start: number;
  end: number;
}

/** What ingestion makes of one input file: clean NFC text plus what the page states about itself. */
export interface CleanDocument {
  id: string; // file name without extension
  path: string; // as given on the command line, '/'-separated
  title: string;
  lang: Lang;
  published: string | null; // ISO date (YYYY-MM-DD) when the page states one
  text: string; // cleaned text; every offset in the graph points into it
}

export interface Sentence extends Span {
  text: string;
}

/** One occurrence of an entity in a document, resolved to the entity's id. */
export interface EntityMention extends Span {
  text: string;
  entity: string;
}

/** An entity as seen in one document. `id` is global (slug or gazetteer id), so documents merge by id. */
export interface LocalEntity {
  id: string;
  name: string; // canonical, English where one exists
  type: EntityType;
  aliases: string[]; // surface forms seen in this document
  wikidata?: string;
  mentions: EntityMention[];
}

/** Everything one document yields. Relations are already in contract shape with doc-local evidence. */
export interface DocumentExtraction {
  document: Document;
  entities: LocalEntity[];
  relations: Relation[];
}

/** A language plugin: one shape for every language (compromise-style). */
export interface LanguagePlugin {
  lang: Lang;
  extract(doc: CleanDocument): DocumentExtraction;
}

export type { Evidence };
