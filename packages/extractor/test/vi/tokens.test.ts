import { describe, expect, it } from '@jest/globals';
import { documentTokens, documentWords, sentenceTokens } from '../../src/lang/vi/tokens.js';
import { tokenize, words } from '../../src/text/tokens.js';
import { splitSentences } from '../../src/text/sentences.js';

// One document's tokens, kept for its passes: they must be exactly what tokenizing its text gives.
const alphabet = ['Bộ', 'trưởng', 'Nga', 'O', "'", '’', 'Brien', 'U', '.', 'S', ' ', ' ', '\n', ',', '5', '\u0301', '😀', '𝐀', '-', '(', ')', '?', 'ă'];
function randomTexts(n: number): string[] {
  let seed = 3;
  const next = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed >>> 8;
  };
  return Array.from({ length: n }, () => {
    let s = '';
    for (let i = next() % 30; i > 0; i--) s += alphabet[next() % alphabet.length];
    return s;
  });
}

describe('document tokens', () => {
  it('the words and syllable tokens of a document = those of the text, on random strings, whatever came before', () => {
    for (const text of randomTexts(3000)) {
      expect([text, documentWords(text)]).toEqual([text, words(text)]);
      expect([text, documentTokens(text)]).toEqual([text, tokenize(text)]);
    }
  });

  it("each sentence's tokens = tokenizing the sentence alone, on random strings", () => {
    for (const text of randomTexts(2000)) {
      const tokens = documentTokens(text);
      for (const s of splitSentences(text)) expect([s.text, sentenceTokens(tokens, s)]).toEqual([s.text, tokenize(s.text, s.start)]);
    }
  });

  it('a sentence edge inside a token falls back to the sentence alone', () => {
    const text = 'abc def';
    expect(sentenceTokens(tokenize(text), { start: 1, end: 5, text: text.slice(1, 5) })).toEqual(tokenize('bc d', 1));
  });
});
