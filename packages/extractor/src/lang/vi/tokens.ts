/**
 * Stage 1, tokens: the document text in; its syllable tokens out (`documentTokens`) and its
 * words (`documentWords`), one tokenization shared by the passes: the gazetteer's words
 * (entities, titles, persons) and each sentence's syllable tokens come from the same words, so
 * the text is scanned once, not again sentence by sentence.
 */
import { syllables, tokenize, words, type Token, type Word } from '../../text/tokens.js';
import type { Sentence } from '../../types.js';

let lastText: string | undefined;
let lastWords: Word[] = [];
let lastTokens: Token[] = [];

/** The syllable tokens of a text; the last text's are kept (a document's passes ask for the same text). */
export function documentTokens(text: string): Token[] {
  if (text !== lastText) {
    lastText = text;
    lastWords = words(text);
    lastTokens = syllables(text, lastWords);
  }
  return lastTokens;
}

/** The words of a text (the gazetteer's tokens), those its syllable tokens are built on. */
export function documentWords(text: string): Word[] {
  documentTokens(text);
  return lastWords;
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
