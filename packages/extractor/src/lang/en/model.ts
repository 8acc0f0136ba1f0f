/**
 * What the entity passes find in an English document (src/lang/en/mentions.ts) and the later
 * stages read: mentions over tokens, demonyms, posts, groups, delegations. Types only, in a
 * file of their own so that the passes and their hub do not import each other.
 */
import type { EntityType } from '../../schema.js';
import type { KnownPerson } from './actors.js';

/** The entity a mention refers to. */
export interface EntityRef {
  id: string;
  name: string;
  type: EntityType;
  wikidata?: string;
}

/** A mention over tokens [first, last) (exclusive); `actor` is the entity when it acts (seat → country). */
export interface TokMention {
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  entity: EntityRef;
  /** For seats of government: the country or body it stands for in actor position. */
  actor?: EntityRef;
}

/** A demonym over tokens [first, last). */
export interface Demonym {
  ref: EntityRef;
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
}

/** A title construction: who holds which post, in what (country/organization), over which tokens. */
export interface Post {
  person: TokMention;
  title: string;
  of?: EntityRef;
  first: number;
  last: number;
  appositive?: boolean;
  /** A title relative to another person ("counterpart"): the real title is looked up, else no post. */
  relational?: boolean;
}

/** A group named with its members ("the E3 (France, Germany and Britain)"): mentions/groups.ts. */
export interface Group {
  org: TokMention;
  members: TokMention[];
}

/** A country's delegation and its leader ("a Russian delegation led by X"): mentions/delegations.ts. */
export interface Delegation {
  country: EntityRef;
  leader: TokMention;
  first: number;
  last: number;
}

/** Everything the entity passes found in one document (mentions.ts `recognize`). */
export interface Recognized {
  /** Mention starting at each token index (undefined where none). */
  at: Array<TokMention | undefined>;
  mentions: TokMention[];
  posts: Post[];
  /** Demonyms ("Russian", "North Korean") resolved to their country, under their first and last token. */
  demonyms: Map<number, Demonym>;
  /** Token indexes covered by title words. */
  titleTokens: Set<number>;
  /** Groups named with their member list ("the E3 (France, Germany and Britain)"). */
  groups: Group[];
  /** Delegations named with their leader ("a Russian delegation led by X"). */
  delegations: Delegation[];
  /** People of the people gazetteer named in the document, by entity id. */
  known: Map<string, KnownPerson>;
}
