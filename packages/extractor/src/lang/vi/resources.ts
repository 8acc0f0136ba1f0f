/**
 * What the Vietnamese plugin needs from the shared gazetteer, as one small interface:
 * known entities and titles found in a text (character spans), and entity lookup by id.
 * The plugin takes it as an argument (tests can pass the real one or a small one).
 */
import type { EntityType } from '../../schema.js';

export interface KnownHit {
  start: number; end: number;
  id: string; name: string; type: EntityType; wikidata?: string;
  /** A capital or seat of government: the id of the country or body it stands for when it acts. */
  seatOf?: string;
  /** Also an ordinary word or given name ("Anh", "Đức"): accept only in a name-like context. */
  ambiguous?: boolean;
}

export interface TitleHit { start: number; end: number; canonical: string; kind: 'title' | 'honorific' | 'modifier' }

export interface KnownEntity { id: string; name: string; type: EntityType; wikidata?: string }

export interface ViResources {
  entities(text: string): KnownHit[];
  titles(text: string): TitleHit[];
  byId(id: string): KnownEntity | undefined;
  /** Fuzzy equality of two person names (spelling slips, transliteration variants). */
  samePerson?(a: string, b: string): boolean;
}
