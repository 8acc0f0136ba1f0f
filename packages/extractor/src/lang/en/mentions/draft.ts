/**
 * The working state of the English entity passes, which mentions.ts runs in order: the
 * mention under each token, the demonyms, the title words and the people named so far.
 * Each pass reads what the earlier ones found and adds its own; `put` keeps mentions apart.
 */
import { slugOf } from './slugs.js';
import type { Gazetteer, GazetteerEntry, KnownPerson } from '../actors.js';
import type { EnLexicon } from '../lexicon.js';
import type { Demonym, EntityRef, TokMention } from '../model.js';
import { knownPersonOf, knownRef } from './people.js';
import type { Token, Tokenized } from '../tokens.js';

export interface Draft {
  text: string;
  tok: Tokenized;
  tokens: Token[];
  gaz: Gazetteer;
  lex: EnLexicon;
  /** Mention covering each token index (undefined where none). */
  at: Array<TokMention | undefined>;
  mentions: TokMention[];
  demonyms: Map<number, Demonym>;
  /** Token indexes covered by title words. */
  titleTokens: Set<number>;
  /** Person entities by the full name they were read under. */
  persons: Map<string, EntityRef>;
  /** People of the people gazetteer named in the document, by entity id. */
  known: Map<string, KnownPerson>;
}

export function newDraft(text: string, tok: Tokenized, gaz: Gazetteer, lex: EnLexicon): Draft {
  const { tokens } = tok;
  return {
    text,
    tok,
    tokens,
    gaz,
    lex,
    at: new Array(tokens.length),
    mentions: [],
    demonyms: new Map(),
    titleTokens: new Set(),
    persons: new Map(),
    known: new Map(),
  };
}

/** Adds a mention unless one of its tokens is already taken. */
export function put(d: Draft, m: TokMention): void {
  const { at } = d;
  for (let k = m.first; k < m.last; k++) if (at[k]) return;
  at[m.first] = m;
  for (let k = m.first + 1; k < m.last; k++) at[k] = m;
  d.mentions.push(m);
}

/** The entity of a gazetteer entry. (`wikidata` assigned, not spread from a literal: V8's generic copy is slow, and this runs per mention.) */
export function refOf(e: GazetteerEntry): EntityRef {
  const ref: EntityRef = { id: e.id, name: e.name, type: e.type };
  if (e.wikidata) ref.wikidata = e.wikidata;
  return ref;
}

/** Token range [first, last) covering the character span [start, end), or undefined. */
export function tokenRange(d: Draft, start: number, end: number): [number, number] | undefined {
  const { tokens } = d;
  const first = tokenStartingAt(tokens, start);
  if (first === undefined) return undefined;
  let last = first;
  while (last < tokens.length && tokens[last].start < end) last++;
  return tokens[last - 1].end >= end || tokens[last - 1].end + 2 >= end ? [first, last] : undefined;
}

/**
 * Index of the token starting at offset `start`, or undefined: a binary search over the
 * ordered starts (a per-document Map of every start cost more than the few look-ups).
 */
function tokenStartingAt(tokens: Token[], start: number): number | undefined {
  let lo = 0,
    hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  if (lo === tokens.length || tokens[lo].start !== start) return undefined;
  // Equal starts: the last one, as the Map it replaces kept.
  while (lo + 1 < tokens.length && tokens[lo + 1].start === start) lo++;
  return tokens[lo].i;
}

/** The person of the people gazetteer a name stands for, noted as named in the document. */
function resolvePerson(d: Draft, surface: string): EntityRef | undefined {
  const p = knownPersonOf(surface, d.gaz.people);
  if (!p) return undefined;
  d.known.set(p.id, p);
  return knownRef(p);
}

/**
 * One person entity per full name; a shorter name that is a suffix of one seen is that person;
 * a person of the people gazetteer takes its id and name.
 */
export function personRef(d: Draft, surface: string): EntityRef {
  const { persons } = d;
  const name = surface.replace(/\s+/g, ' ').trim();
  const seen = persons.get(name) ?? [...persons.entries()].find(([s, p]) => s.endsWith(` ${name}`) || p.name.endsWith(` ${name}`))?.[1];
  if (seen) return seen;
  const ref: EntityRef = resolvePerson(d, name) ?? { id: slugOf(name), name, type: 'Person' };
  persons.set(name, ref);
  return ref;
}

/** A person mention over tokens [first, last), without a final possessive "'s". */
export function personMention(d: Draft, first: number, last: number): TokMention {
  const { tokens, text } = d;
  const start = tokens[first].start,
    end = tokens[last - 1].end;
  const surface = text.slice(start, end).replace(/['’]s?$/, '');
  return { first, last, start, end: start + surface.length, text: surface, entity: personRef(d, surface) };
}
