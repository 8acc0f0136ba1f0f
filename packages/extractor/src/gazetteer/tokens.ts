/**
 * Word tokens for matching. A word is a run of letters, digits and combining
 * marks, so Vietnamese syllables with diacritics are single words and matches
 * never start or end inside a word.
 */
import { foldKey } from '../text/fold-key.js';

/** One word of a text: its span and a case- and tone-placement-insensitive key. */
export interface Token {
  start: number;
  end: number;
  text: string;
  key: string;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** The words of a text, in order. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0; // exec on the shared regex: matchAll would clone it for every text
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const start = m.index;
    out.push({ start, end: start + m[0].length, text: m[0], key: foldKey(m[0]) });
  }
  return out;
}

/**
 * How two consecutive words are joined: ' ' for a plain gap (spaces, hyphens,
 * dashes, apostrophes: "Áp-ga-ni-xtan" = "Áp ga ni xtan"), '.' for an
 * abbreviation dot ("U.S."), '#' for anything that breaks a name (comma, newline…).
 */
export function gapClass(gap: string): ' ' | '.' | '#' {
  if (gap.length === 0) return ' ';
  if (gap.length <= 3 && /^[ \t\u00a0\-\u2010\u2011\u2013'\u2019]+$/.test(gap)) return ' ';
  if (/^\.[ \u00a0]?$/.test(gap)) return '.';
  return '#';
}
