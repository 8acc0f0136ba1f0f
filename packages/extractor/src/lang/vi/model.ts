/**
 * The Vietnamese document model: what the coreference stage (coreference.ts) produces and every later
 * stage reads. Its own file, so the stages import the types without importing the builder.
 */
import type { EntityType } from '../../schema.js';
import type { CleanDocument } from '../../types.js';
import type { Annotated, PersonPhrase } from './mentions/annotate.js';
import type { EntityTable } from './mentions/entity-table.js';
import type { PersonIndex } from './mentions/persons.js';

export interface Unit {
  first: number;
  last: number; // token indexes, inclusive
  id: string;
  type: EntityType;
  /** name: named here; role: a title standing for a person named elsewhere; anaphor: a pronoun-like phrase. */
  via: 'name' | 'role' | 'anaphor';
  /** For pair anaphors ("hai bên"): the two entities. */
  pair?: [string, string];
}

export interface SentenceModel extends Annotated {
  units: Unit[];
}

export interface DocumentModel {
  doc: CleanDocument;
  sentences: SentenceModel[];
  entities: EntityTable;
  persons: PersonIndex;
  /** Person entity id → its stated posts, for HOLDS_POSITION and attribution. */
  posts: Map<string, Array<{ title: string; affiliation?: string }>>;
  /** Each person phrase with the entity id it resolved to, and its post (counterparts resolved). */
  phrases: Array<{ sentence: number; phrase: PersonPhrase; id: string; title?: string }>;
  /** Entity id → entity ids it acts for (a person's countries/organizations). */
  sides(id: string): Set<string>;
  /** A capital named as a place ("tại Tokyo") → its country. */
  capitalOf: Map<string, string>;
}
