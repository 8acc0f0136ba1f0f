import { describe, expect, it } from '@jest/globals';
import { foldKey } from '../../src/text/fold-key.js';
import { kindRows, wordSets } from '../../src/lang/vi/word-sets.js';
import { FUNCTION_WORDS } from '../../src/lang/vi/function-words.js';

describe('Vietnamese word sets', () => {
  it('holds fold keys, so either tone-mark placement of a word is found', () => {
    expect(FUNCTION_WORDS.possessive.has(foldKey('Của'))).toBe(true);
    expect(FUNCTION_WORDS.possessive.has(foldKey('cua'))).toBe(false);
  });
  it('rejects a phrase of several words where the rules compare one token', () => {
    expect(() => wordSets([['hôm qua', 'span']], ['span'])).toThrow('"hôm qua" (span) must be one word');
  });
  it('rejects a kind the code does not know (a typo in the data file)', () => {
    expect(() => kindRows('function-words.tsv', ['between'])).toThrow('function-words.tsv: unknown kind "copula"');
  });
});
