/**
 * Stage 1, tokens: the document text in; its syllable tokens out (`documentTokens`), one
 * tokenization shared by the passes: the gazetteer's words (entities, titles, persons) and each
 * sentence's tokens are read off it, so the text is scanned once, not again sentence by sentence.
 */
import type { Token as GazetteerToken } from '../../gazetteer/index.js';
import { foldKey, tokenize, type Token } from '../../text/tokens.js';
import type { Sentence } from '../../types.js';

let lastText: string | undefined;
let lastTokens: Token[] = [];

/** The syllable tokens of a text; the last text's are kept (a document's passes ask for the same text). */
export function documentTokens(text: string): Token[] {
  if (text !== lastText) {
    lastText = text;
    lastTokens = tokenize(text);
  }
  return lastTokens;
}

const WORD_START = /^[\p{L}\p{M}\p{N}]/u;
/** A token of letters, marks and digits (an astral punctuation token is two code units, and `word` says yes to it). */
const isWord = (t: Token): boolean =>
  t.text.length === 2 && t.text.charCodeAt(0) >= 0xd800 && t.text.charCodeAt(0) <= 0xdbff ? WORD_START.test(t.text) : t.word;

/**
 * The gazetteer's words (gazetteer/tokens.ts: maximal runs of letters, marks and digits) read off
 * syllable tokens: punctuation dropped, "O'Brien" split at its apostrophe, and pieces that touch
 * (a run after an apostrophe followed by digits or marks) joined, as the gazetteer's scan has them.
 */
export function gazetteerWords(tokens: Token[]): GazetteerToken[] {
  const out: GazetteerToken[] = [];
  const push = (start: number, text: string, key?: string): void => {
    const prev = out[out.length - 1];
    if (prev && prev.end === start) {
      const joined = prev.text + text;
      out[out.length - 1] = { start: prev.start, end: start + text.length, text: joined, key: foldKey(joined) };
    } else out.push({ start, end: start + text.length, text, key: key ?? foldKey(text) });
  };
  for (const t of tokens) {
    if (!isWord(t)) continue;
    const k = apostrophe(t.text);
    if (k < 0) {
      push(t.start, t.text, t.lower);
      continue;
    }
    push(t.start, t.text.slice(0, k));
    push(t.start + k + 1, t.text.slice(k + 1));
  }
  return out;
}

function apostrophe(s: string): number {
  const a = s.indexOf("'"),
    b = s.indexOf('\u2019');
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

/**
 * The tokens of a sentence of the text `tokens` came from: those inside it when none crosses
 * its edges (then they are what tokenizing the sentence alone gives), else its own tokenization.
 */
export function sentenceTokens(tokens: Token[], s: Sentence): Token[] {
  let lo = 0,
    hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < s.start) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0 && tokens[lo - 1]!.end > s.start) return tokenize(s.text, s.start);
  let end = lo;
  while (end < tokens.length && tokens[end]!.start < s.end) {
    if (tokens[end]!.end > s.end) return tokenize(s.text, s.start);
    end++;
  }
  return tokens.slice(lo, end);
}
