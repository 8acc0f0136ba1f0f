/**
 * Stage 2, sentences: the text and its syllable tokens (tokens.ts) in; the sentences of
 * text/sentences.ts out, each with its tokens read off the document's (not tokenized again).
 */
import { splitSentences } from '../../text/sentences.js';
import type { Token } from '../../text/tokens.js';
import type { Sentence } from '../../types.js';
import { sentenceTokens } from './tokens.js';

export interface SentenceTokens {
  sentence: Sentence;
  tokens: Token[];
}

export function sentences(text: string, tokens: Token[]): SentenceTokens[] {
  return splitSentences(text).map((sentence) => ({ sentence, tokens: sentenceTokens(tokens, sentence) }));
}
