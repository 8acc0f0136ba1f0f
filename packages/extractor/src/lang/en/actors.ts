/**
 * The shared bilingual gazetteer seen from the English plugin (an interface, so tests and
 * benchmarks can pass their own): known entities, titles and acronyms defined in a text,
 * demonyms, and seats of government resolved to the country they stand for.
 */
import type { AcronymDefinition, GazetteerEntry, GazetteerMention, TitleEntry, TitleMention } from '../../gazetteer/types.js';

/** Everything the gazetteer finds in one text (tokenized once). */
export interface GazetteerScan {
  /** Countries, organizations, seats and places, longest-leftmost. */
  mentions: GazetteerMention[];
  /** Titles and honorifics. */
  titles: TitleMention[];
  /** Acronyms defined in the text ("Collective Security Treaty Organization (CSTO)") and their entity. */
  acronyms: Array<{ definition: AcronymDefinition; entry: GazetteerEntry }>;
}

/** A person of the people gazetteer, with dated posts (title, entity id of the post's country or body). */
export interface KnownPerson {
  id: string;
  name: string;
  wikidata?: string;
  posts: ReadonlyArray<KnownPost>;
}
export interface KnownPost {
  title: string;
  of: string;
  from?: string;
  to?: string;
}

/** Lookups in the people gazetteer (optional: a test gazetteer may have no people). */
export interface PeopleLookup {
  /** Can a known person's full name start with this word (any case, diacritics ignored)? A cheap filter before `byName`. */
  startsName(word: string): boolean;
  /** The person a full name or distinctive short form ("Putin") stands for, if exactly one. */
  byName(surface: string): KnownPerson | undefined;
  /** Candidates for a family name ("Lavrov", "Xi"). */
  bySurname(surname: string): KnownPerson[];
  /** Posts held at a date (all posts without one). */
  postsAt(p: KnownPerson, date?: string | null): KnownPost[];
  /** The gazetteer entity of a post's `of` id. */
  entity(id: string): GazetteerEntry | undefined;
}

export interface Gazetteer {
  scan(text: string): GazetteerScan;
  /** The country of an English demonym ("Russian" → Russia), case-sensitive. */
  demonym(word: string): GazetteerEntry | undefined;
  /** The title of an exact surface in any case ("foreign minister" → Foreign Minister). */
  title(surface: string): TitleEntry | undefined;
  /**
   * Can an English title (kind "title") start with this word? A cheap filter before `title` on
   * the spans a word opens; absent, every word may.
   */
  titleStart?(word: string): boolean;
  /** The entity a seat of government stands for when it acts ("Moscow" → Russia). */
  actorOf(entry: GazetteerEntry): GazetteerEntry;
  people?: PeopleLookup;
}

export type { AcronymDefinition, GazetteerEntry, GazetteerMention, TitleEntry, TitleMention };
