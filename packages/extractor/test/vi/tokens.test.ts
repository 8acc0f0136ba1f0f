import { describe, expect, it } from '@jest/globals';
import { tokenize as gazetteerTokenize } from '../../src/gazetteer/index.js';
import { documentTokens, gazetteerWords, sentenceTokens } from '../../src/lang/vi/tokens.js';
import { tokenize } from '../../src/text/tokens.js';
import { splitSentences } from '../../src/text/sentences.js';

// The shared tokens stand in for two scans: they must give exactly what each scan gives.
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
  it.each(["Ông O'Brien nói: Mỹ, NATO.", 'x’y5z', '😀ab 𝐀b'])('gazetteer words of %j = the gazetteer scan', (text) => {
    expect(gazetteerWords(tokenize(text))).toEqual(gazetteerTokenize(text));
  });

  it('gazetteer words = the gazetteer scan, on random strings', () => {
    for (const text of randomTexts(3000)) expect([text, gazetteerWords(tokenize(text))]).toEqual([text, gazetteerTokenize(text)]);
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
