/**
 * What the Vietnamese plugin needs from the shared gazetteer, as one small interface:
 * known entities and titles found in a text (character spans), and entity lookup by id.
 * The plugin takes it as an argument (tests can pass the real one or a small one).
 */
import type { EntityType } from '../../schema.js';

export interface KnownHit {
  start: number;
  end: number;
  id: string;
  name: string;
  type: EntityType;
  wikidata?: string;
  /** A capital or seat of government: the id of the country or body it stands for when it acts. */
  seatOf?: string;
  /** Also an ordinary word or given name ("Anh", "Đức"): accept only in a name-like context. */
  ambiguous?: boolean;
}

export interface TitleHit {
  start: number;
  end: number;
  canonical: string;
  kind: 'title' | 'honorific' | 'modifier';
}

export interface KnownEntity {
  id: string;
  name: string;
  type: EntityType;
  wikidata?: string;
}

/** A person of the people gazetteer: usual English name, id, and dated posts (canonical title, entity id of the body or country). */
export interface KnownPerson {
  id: string;
  name: string;
  wikidata?: string;
  posts: ReadonlyArray<{ title: string; of: string; from?: string; to?: string }>;
}

/** A known person's name found in a text. */
export interface PersonHit {
  start: number;
  end: number;
  person: KnownPerson;
}

export interface ViResources {
  entities(text: string): KnownHit[];
  titles(text: string): TitleHit[];
  byId(id: string): KnownEntity | undefined;
  /** Fuzzy equality of two person names (spelling slips, transliteration variants). */
  samePerson?(a: string, b: string): boolean;
  /** Known persons named in a text (optional: without them only cued names are persons). */
  persons?(text: string): PersonHit[];
  /** The known person a full name or alias stands for, if exactly one. */
  person?(surface: string): KnownPerson | undefined;
  /** Known persons one name alone may stand for ("Putin", "Tập"). */
  personsBySurname?(surname: string): KnownPerson[];
  /** A known person's posts held at a date (YYYY[-MM[-DD]]); all of them without a date. */
  postsAt?(person: KnownPerson, date?: string | null): KnownPerson['posts'];
}
