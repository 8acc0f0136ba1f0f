/**
 * The one tokenizer. `words` is the one word-splitting pass: maximal runs of letters, marks and
 * digits, so a Vietnamese syllable with its diacritics is one word and a match never starts or
 * ends inside a word. The gazetteer matches on these words; the syllable tokens below and the
 * English plugin's tokens (lang/en/tokens.ts) are built on them, joining words across an
 * apostrophe ("O'Brien", "didn't") or abbreviation dots ("U.S."). Multi-syllable Vietnamese
 * words are found later by lexicon matching (phrases.ts), not here.
 */
import { foldKey } from './fold-key.js';

export { foldKey };

/** A maximal run of letters, marks and digits, with its offsets and its foldKey. */
export interface Word {
  start: number;
  end: number;
  text: string;
  /** foldKey(text): case- and tone-placement-insensitive. */
  key: string;
}

// Character classes, by code point: computed once per distinct character (a table for the BMP).
const OTHER = 1,
  SPACE = 2,
  MARK_OR_DIGIT = 3,
  LETTER = 4; // MARK_OR_DIGIT and LETTER are the word characters
const BMP = new Uint8Array(0x10000);
const ASTRAL = new Map<number, number>();
const IS_LETTER = /^\p{L}$/u;
const IS_MARK_OR_DIGIT = /^[\p{M}\p{N}]$/u;
const IS_SPACE = /^\s$/u; // what \s means in the syllable grammar: Unicode spaces and line ends

function classify(ch: string): number {
  return IS_LETTER.test(ch) ? LETTER : IS_MARK_OR_DIGIT.test(ch) ? MARK_OR_DIGIT : IS_SPACE.test(ch) ? SPACE : OTHER;
}
for (let c = 0; c < 128; c++) BMP[c] = classify(String.fromCharCode(c));

function classOf(cp: number): number {
  if (cp < 0x10000) {
    let c = BMP[cp]!;
    if (c === 0) BMP[cp] = c = classify(String.fromCharCode(cp));
    return c;
  }
  let c = ASTRAL.get(cp);
  if (c === undefined) ASTRAL.set(cp, (c = classify(String.fromCodePoint(cp))));
  return c;
}

/** The code point at `i` (a lone surrogate is its own code point, as in a /u regex). */
function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c < 0xd800 || c > 0xdbff ? c : text.codePointAt(i)!;
}
const width = (cp: number): number => (cp > 0xffff ? 2 : 1);

/** End of the run of letters (no marks or digits) from `i`, at most `to`. */
function lettersEnd(text: string, i: number, to: number): number {
  while (i < to) {
    const cp = codePointAt(text, i);
    if (classOf(cp) !== LETTER) break;
    i += width(cp);
  }
  return i;
}

/** Is this word one letter (one code point)? */
const isSingleLetter = (text: string, w: Word): boolean => {
  const cp = codePointAt(text, w.start);
  return w.end === w.start + width(cp) && classOf(cp) === LETTER;
};

const isApostrophe = (code: number): boolean => code === 39 || code === 0x2019;

/** The words of a text, in order: the one word-splitting pass. */
export function words(text: string): Word[] {
  const out: Word[] = [];
  const n = text.length;
  for (let i = 0; i < n; ) {
    let cp = codePointAt(text, i);
    if (classOf(cp) < MARK_OR_DIGIT) {
      i += width(cp);
      continue;
    }
    const start = i;
    do {
      i += width(cp);
      if (i >= n) break;
      cp = codePointAt(text, i);
    } while (classOf(cp) >= MARK_OR_DIGIT);
    const t = text.slice(start, i);
    out.push({ start, end: i, text: t, key: foldKey(t) });
  }
  return out;
}

/** A Vietnamese syllable token (or one punctuation character). */
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

/** Splits `text` into syllable tokens; offsets are `base` + index into `text`. */
export function tokenize(text: string, base = 0): Token[] {
  return syllables(text, words(text), base);
}

/**
 * The syllable tokens of `text` from its words: each token of joinWords, and each character
 * between them that is not a space.
 */
export function syllables(text: string, ws: readonly Word[], base = 0): Token[] {
  const out: Token[] = [];
  let pos = 0; // where the text not yet tokenized starts
  joinWords(text, ws, false, (start, end, word) => {
    if (pos < start) punctuation(text, pos, start, base, out);
    push(out, word !== undefined ? word.text : text.slice(start, end), base + start);
    pos = end;
  });
  if (pos < text.length) punctuation(text, pos, text.length, base, out);
  return out;
}

/**
 * Tokens made of words: a word joined to the letters right after an apostrophe ("O'Brien",
 * "didn't"; the rest of that word, digits or marks, is a token of its own); with `english`,
 * also two or more single letters each followed by a dot ("U.S.") and a final apostrophe
 * ("allies'"). Calls `visit` per token, in order, with the word when the token is exactly one.
 * The grammar of /[\p{L}\p{M}\p{N}]+(?:['’]\p{L}+)?/gu, and for English of
 * /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’]\p{L}+)?['’]?/gu, without a regex exec per word.
 */
export function joinWords(text: string, ws: readonly Word[], english: boolean, visit: (start: number, end: number, word: Word | undefined) => void): void {
  let pos = 0;
  for (let w = 0; w < ws.length; ) {
    const word = ws[w]!;
    const start = pos > word.start ? pos : word.start;
    if (english && start === word.start) {
      let k = w;
      while (k < ws.length && text.charCodeAt(ws[k]!.end) === 46 && isSingleLetter(text, ws[k]!) && (k === w || ws[k]!.start === ws[k - 1]!.end + 1)) k++;
      if (k - w >= 2) {
        visit(start, (pos = ws[k - 1]!.end + 1), undefined);
        w = k;
        continue;
      }
    }
    let end = word.end;
    w++;
    const next = ws[w];
    if (isApostrophe(text.charCodeAt(end))) {
      if (next !== undefined && next.start === end + 1) {
        const letters = lettersEnd(text, next.start, next.end);
        if (letters > next.start) {
          end = letters;
          if (letters === next.end) w++;
        }
      }
      if (english && isApostrophe(text.charCodeAt(end))) end++;
    }
    visit(start, end, start === word.start && end === word.end ? word : undefined);
    pos = end;
  }
}

/** One token per character of [from, to) that is not a space (no letters or digits are there). */
function punctuation(text: string, from: number, to: number, base: number, out: Token[]): void {
  for (let i = from; i < to; ) {
    const cp = codePointAt(text, i);
    const w = width(cp);
    if (classOf(cp) !== SPACE) push(out, w === 1 ? text[i]! : text.slice(i, i + 2), base + i);
    i += w;
  }
}

function push(out: Token[], t: string, start: number): void {
  const s = shapeOf(t);
  out.push({ text: t, lower: s.lower, start, end: start + t.length, cap: s.cap, upper: s.upper, word: s.word, num: s.num });
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

const WORD_START = /[\p{L}\p{M}\p{N}]/u;
const HAS_LETTER = /\p{L}/u;
const DIGITS = /^\p{N}+$/u;

function computeShape(t: string): Shape {
  const c = t.charCodeAt(0);
  // ASCII fast paths; the regexes only for other scripts. (Any two-unit token counts as a word,
  // an astral punctuation character too, as it always has: lang/ reads `word` that way.)
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
