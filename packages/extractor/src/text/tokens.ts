/**
 * Syllable tokens with offsets. Vietnamese writes one syllable per space-separated
 * unit, so multi-syllable words are found later by lexicon matching (phrases.ts),
 * not here. One sticky regex pass per text: no per-sentence compilation.
 */
import { foldKey } from './fold-key.js';

export { foldKey };

export interface Token {
  text: string;
  /** The word's foldKey ("hoà" = "hòa", "Kỳ" = "Kì"), for lexicon lookups. */
  lower: string;
  start: number; // offset into the text given to tokenize() plus `base`
  end: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Entirely upper-case letters, at least two (acronyms: NATO, OSCE, LDP). */
  upper: boolean;
  word: boolean; // letters/digits (false for punctuation)
  num: boolean;
}

// Words (letters, marks, digits, with inner apostrophes/dots between digits) or single punctuation chars.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)?|[^\s\p{L}\p{M}\p{N}]/gu;

const WORD_START = /[\p{L}\p{M}\p{N}]/u;
const HAS_LETTER = /\p{L}/u;
const DIGITS = /^\p{N}+$/u;

/** Splits `text` into tokens; offsets are `base` + index into `text`. */
export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const t = m[0];
    const s = shapeOf(t);
    out.push({ text: t, lower: s.lower, start: base + m.index, end: base + m.index + t.length, cap: s.cap, upper: s.upper, word: s.word, num: s.num });
  }
  return out;
}

/** What a token's text alone decides. */
interface Shape {
  lower: string;
  cap: boolean;
  upper: boolean;
  word: boolean;
  num: boolean;
}

// News vocabulary is small: each distinct token text is classified once, not at every occurrence.
const shapes = new Map<string, Shape>();

function shapeOf(t: string): Shape {
  let s = shapes.get(t);
  if (s === undefined) {
    s = computeShape(t);
    if (shapes.size < 200_000) shapes.set(t, s);
  }
  return s;
}

function computeShape(t: string): Shape {
  const c = t.charCodeAt(0);
  // ASCII fast paths; the regexes only for other scripts
  const digit = c >= 48 && c <= 57;
  const word = t.length > 1 || digit || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && WORD_START.test(t));
  const cap = word && !digit && (c >= 65 && c <= 90 ? true : c > 127 && t[0] !== t[0]!.toLowerCase());
  return {
    lower: word ? foldKey(t) : t,
    cap,
    upper: cap && t.length >= 2 && t === t.toUpperCase() && HAS_LETTER.test(t),
    word,
    num: digit && DIGITS.test(t),
  };
}

/** Lower-cases and NFC-normalises a phrase and collapses it to space-separated syllables, as lexicon keys. */
export function phraseKey(phrase: string): string {
  return tokenize(phrase.normalize('NFC'))
    .map((t) => t.lower)
    .join(' ');
}
