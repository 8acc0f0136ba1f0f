/** Types of the gazetteer: known countries, organizations, seats of government, places and titles. */
import type { EntityType } from '../schema.js';
import type { Lang } from '../types.js';

/**
 * One known surface form of one known entity. Several entries share an `id`
 * (one per surface); `name` is the canonical (English) name of the entity.
 */
export interface GazetteerEntry {
  /** Stable slug ("russia", "united-states", "nato"); the entity id in the graph. */
  id: string;
  /** Canonical name, English where one exists ("Russia", "NATO"). */
  name: string;
  type: EntityType;
  /** Wikidata QID when known for sure. */
  wikidata?: string;
  /** The surface form as listed in the data ("Nga", "Liên bang Nga", "Moscow"). */
  surface: string;
  /** Language of the surface form; English surfaces are also matched in Vietnamese text. */
  lang: Lang;
  /**
   * For a capital or seat of government ("Moscow", "Điện Kremlin", "Nhà Trắng"): the id of the
   * country (or body) it stands for when it acts ("Moscow phản đối …"). The entry itself is a
   * Location; resolve with `resolveActor(entry)` only when the mention is in actor position.
   */
  seatOf?: string;
  /**
   * The surface is also an ordinary word or a given name ("Anh", "Mỹ", "Đức", "Pháp", "Ý"):
   * the caller decides by context (see README.md, Gazetteer).
   */
  ambiguous?: boolean;
  /** The acronym of an organization ("NATO"), when it has one. */
  acronym?: string;
}

/** A gazetteer hit in a text: a half-open span [start, end) and the entry it matched. */
export interface GazetteerMention {
  start: number;
  end: number;
  text: string;
  entry: GazetteerEntry;
}

/** What a title word means: a post ("title"), a form of address ("honorific"), or a modifier such as "former". */
export type TitleKind = 'title' | 'honorific' | 'modifier';

/** One surface of a title or honorific ("Ngoại trưởng" → "Foreign Minister"). */
export interface TitleEntry {
  surface: string;
  lang: Lang;
  /** Canonical English title ("Foreign Minister"); for honorifics the English form ("Mr"), for modifiers the meaning ("former"). */
  canonical: string;
  kind: TitleKind;
}

/** A title hit in a text. */
export interface TitleMention {
  start: number;
  end: number;
  text: string;
  title: TitleEntry;
}

/** An acronym defined in a text: "North Atlantic Treaty Organization (NATO)" or "NATO (Tổ chức …)". */
export interface AcronymDefinition {
  long: string;
  short: string;
  /** Span of the long form. */
  start: number;
  end: number;
  /** Span of the acronym. */
  shortStart: number;
  shortEnd: number;
}
