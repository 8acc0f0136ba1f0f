import { describe, expect, it } from '@jest/globals';
import { countWords, hasSpaceToCollapse, isSpaceCode } from '../../src/text/space.js';

// The helpers stand in for regexes on hot paths: they must agree with those regexes exactly.
describe('space helpers agree with the regexes they replace', () => {
  it('isSpaceCode is \\s on every BMP code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSpaceCode(c) !== /\s/u.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });

  it.each([
    ['', 0, false],
    ['a', 1, false],
    [' a  b ', 2, true],
    ['Hà Nội, ngày 3', 4, false],
    ['a\u00a0b', 2, true],
    ['a\tb', 2, true],
    ['\u3000', 0, true],
  ])('%j: %i words, collapse %s', (s, words, collapse) => {
    expect(countWords(s)).toBe(words);
    expect(hasSpaceToCollapse(s)).toBe(collapse);
  });

  it('on mixed strings: countWords = split(/\\s+/).filter(Boolean).length, hasSpaceToCollapse = replace(/\\s+/g) changes the string', () => {
    const alphabet = ['a', 'Ộ', ' ', ' ', '\t', '\n', '\u00a0', '\u2003', '\ufeff', '.', '😀'];
    let seed = 7;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let k = 0; k < 3000; k++) {
      let s = '';
      for (let i = next() % 12; i > 0; i--) s += alphabet[next() % alphabet.length];
      expect([s, countWords(s)]).toEqual([s, s.split(/\s+/).filter(Boolean).length]);
      expect([s, hasSpaceToCollapse(s)]).toEqual([s, s.replace(/\s+/gu, ' ') !== s]);
    }
  });
});
