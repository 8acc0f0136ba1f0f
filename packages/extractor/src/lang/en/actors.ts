/**
 * The shared bilingual gazetteer seen from the English plugin: its hits over the
 * document text mapped onto compromise tokens, and lookups by canonical name
 * (for demonyms: "Russian" → the entry named "Russia").
 */
import type { GazetteerEntry, GazetteerMention, TitleMention } from '../../gazetteer/types.js';

/** What the English plugin needs from the gazetteer; src/gazetteer provides it (see gazetteer.ts). */
export interface Gazetteer {
  /** Countries, organizations, seats and places in a text, longest-leftmost. */
  find(text: string): GazetteerMention[];
  /** Titles and honorifics in a text. */
  titles(text: string): TitleMention[];
  /** The entry of an entity by its canonical English name ("Russia"), if known. */
  byName(name: string): GazetteerEntry | undefined;
  /** The entity a seat of government stands for when it acts ("Moscow" → Russia). */
  actorOf(entry: GazetteerEntry): GazetteerEntry;
}

export type { GazetteerEntry, GazetteerMention, TitleMention };
