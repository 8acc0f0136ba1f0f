/**
 * Sentence splitting for news text (Vietnamese and other Latin-script languages).
 * A line break always ends a sentence (scraped pages put headings, captions and
 * list items on their own lines). Inside a line, a sentence ends at . ! ? … (plus
 * closing quotes) followed by space and an upper-case letter, digit or opening quote,
 * except after an initial ("C. Ashton", "U.S.") or an abbreviation (data/lexicons/abbreviations.tsv;
 * the English plugin adds compromise's list). Scraped text also glues
 * sentences ("pháp lý.Phó Thủ tướng"): a full stop after a lower-case word, directly followed by
 * a capitalised word (upper then lower case), ends a sentence too ("K.Harris", "Tp.HCM" do not).
 */
import type { Sentence } from '../types.js';
import { readTsv } from './tsv.js';

const BOUNDARY = /[.!?…]+[”"’»)\]]*(?=[ \t\u00a0]+[\p{Lu}\p{N}"“‘«(\-–])/gu;
// A dot glued between two words ("...the talks.The minister"): after two lower-case letters,
// before a capital and a lower-case one. The two letters before are checked by TWO_LOWER on a
// 4-code-unit window (two code points, astral ones included) rather than by a lookbehind,
// which V8 runs many times slower over every dot-free stretch of the line.
const GLUED = /\.(?=\p{Lu}\p{Ll})/gu;
const TWO_LOWER = /\p{Ll}{2}$/u;
// Unicode-property regexes at module level: a build for a node target turns a literal into
// `new RegExp(...)`, which inside a function is compiled again on every call.
const INITIAL = /^\p{Lu}$/u;
const DOTTED_WORD = /^(?:\p{L}\.)+\p{L}$/u;
const LINE = /[^\n]+/g;
// Abbreviations that end with a dot inside a sentence (lower-cased, without the dot).
const ABBREVIATIONS = new Set(readTsv(new URL('../../data/lexicons/abbreviations.tsv', import.meta.url), 2).map((r) => r.get('abbreviation').toLowerCase()));

/** Is a word (lower case, without its final dot) an abbreviation of the data file? */
export const isListedAbbreviation = (word: string): boolean => ABBREVIATIONS.has(word);

/** Is the dot at `dot` the end of an initial or abbreviation rather than of a sentence? */
function isAbbreviation(text: string, dot: number, abbreviation: (word: string) => boolean): boolean {
  if (text[dot] !== '.') return false;
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1]!)) s--;
  const word = text.slice(s, dot);
  if (INITIAL.test(word)) return true; // "C." in "C. Ashton"
  if (DOTTED_WORD.test(word)) return true; // "U.S.", "e.g."
  return abbreviation(word.toLowerCase());
}

/** Sentence ends inside one line (offsets just after the punctuation), in order. */
function boundaries(line: string, abbreviation: (word: string) => boolean): number[] {
  const out: number[] = [];
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(line); m; m = BOUNDARY.exec(line)) if (!isAbbreviation(line, m.index, abbreviation)) out.push(m.index + m[0].length);
  GLUED.lastIndex = 0;
  for (let m = GLUED.exec(line); m; m = GLUED.exec(line))
    if (TWO_LOWER.test(line.slice(Math.max(0, m.index - 4), m.index)) && !isAbbreviation(line, m.index, abbreviation)) out.push(m.index + 1);
  return out.sort((a, b) => a - b);
}

/** Splits `text` into trimmed sentences with offsets into `text`; `abbreviation` judges a word before a dot. */
export function splitSentences(text: string, abbreviation: (word: string) => boolean = isListedAbbreviation): Sentence[] {
  const out: Sentence[] = [];
  const push = (start: number, end: number): void => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start && /[\p{L}\p{N}]/u.test(text.slice(start, end))) out.push({ start, end, text: text.slice(start, end) });
  };
  LINE.lastIndex = 0;
  for (let line = LINE.exec(text); line; line = LINE.exec(text)) {
    const lineStart = line.index;
    const lineText = line[0];
    let from = 0;
    for (const end of boundaries(lineText, abbreviation)) {
      push(lineStart + from, lineStart + end);
      from = end;
    }
    push(lineStart + from, lineStart + lineText.length);
  }
  return out;
}

/** Does the sentence read as prose (ends with terminal punctuation), not a heading, caption tag or teaser title? */
export function isProse(sentence: string): boolean {
  return /[.!?…:;]["”’»)\]]*$/u.test(sentence.trimEnd()) || /[.!?…]["”’»]$/u.test(sentence.trimEnd());
}
