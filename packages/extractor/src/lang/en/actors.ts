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

export interface Gazetteer {
  scan(text: string): GazetteerScan;
  /** The country of an English demonym ("Russian" → Russia), case-sensitive. */
  demonym(word: string): GazetteerEntry | undefined;
  /** The title of an exact surface in any case ("foreign minister" → Foreign Minister). */
  title(surface: string): TitleEntry | undefined;
  /** The entity a seat of government stands for when it acts ("Moscow" → Russia). */
  actorOf(entry: GazetteerEntry): GazetteerEntry;
}

export type { AcronymDefinition, GazetteerEntry, GazetteerMention, TitleEntry, TitleMention };
