import { describe, expect, it } from '@jest/globals';
import { joinWords, syllables, tokenize, words } from '../../src/text/tokens.js';

// The grammars the tokens stand for, as regexes: the hand-written pass must give exactly their matches.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const SYLLABLE = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)?|[^\s\p{L}\p{M}\p{N}]/gu;
const ENGLISH = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)?['’]?/gu;
const spans = (re: RegExp, text: string): Array<[number, string]> => [...text.matchAll(re)].map((m) => [m.index!, m[0]]);

const alphabet = [
  'Đà',
  'nẵng',
  'Kyiv',
  'O',
  'd',
  "'",
  '’',
  'Hara',
  'U',
  '.',
  'K',
  ' ',
  '\u00a0',
  '\n',
  ';',
  '7',
  '\u0301',
  '🙂',
  '𝐀',
  '-',
  '«',
  '»',
  'ư',
  '\ud800',
];
function randomTexts(n: number): string[] {
  let seed = 11;
  const next = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed >>> 8;
  };
  return Array.from({ length: n }, () => {
    let s = '';
    for (let i = next() % 24; i > 0; i--) s += alphabet[next() % alphabet.length];
    return s;
  });
}

function joined(text: string, english: boolean): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  joinWords(text, words(text), english, (start, end) => out.push([start, text.slice(start, end)]));
  return out;
}

describe('words', () => {
  it('are the runs of letters, marks and digits, with fold keys', () => {
    expect(words('Thủ tướng Hà Lan (NL) thăm Đà Nẵng, 3/2.').map((w) => w.text)).toEqual(['Thủ', 'tướng', 'Hà', 'Lan', 'NL', 'thăm', 'Đà', 'Nẵng', '3', '2']);
    expect(words("Đảng Hoà Bình's")).toMatchObject([
      { start: 0, end: 4, key: words('đảng')[0]!.key },
      { start: 5, end: 8, key: words('hòa')[0]!.key },
      { start: 9, end: 13, text: 'Bình' },
      { start: 14, end: 15, text: 's' },
    ]);
  });
  it('= the word regex on random strings', () => {
    for (const text of randomTexts(3000)) expect([text, words(text).map((w) => [w.start, w.text])]).toEqual([text, spans(WORD, text)]);
  });
});

describe('joinWords', () => {
  it('joins across an apostrophe, and for English across abbreviation dots and a final apostrophe', () => {
    const text = "Ms. O'Hara of the U.K. met the allies' envoy";
    expect(joined(text, false).map(([, t]) => t)).toEqual(['Ms', "O'Hara", 'of', 'the', 'U', 'K', 'met', 'the', 'allies', 'envoy']);
    expect(joined(text, true).map(([, t]) => t)).toEqual(['Ms', "O'Hara", 'of', 'the', 'U.K.', 'met', 'the', "allies'", 'envoy']);
  });
  it('leaves the digits after an apostrophe and its letters to a token of their own', () => {
    expect(joined("d'ab5 x", false)).toEqual([
      [0, "d'ab"],
      [4, '5'],
      [6, 'x'],
    ]);
  });
  it('= the syllable and English regexes on random strings', () => {
    for (const text of randomTexts(3000)) {
      expect([text, joined(text, false)]).toEqual([text, spans(SYLLABLE, text).filter(([, t]) => /^[\p{L}\p{M}\p{N}]/u.test(t))]);
      expect([text, joined(text, true)]).toEqual([text, spans(ENGLISH, text)]);
    }
  });
});

describe('tokenize', () => {
  it('gives syllables and punctuation with offsets and case flags', () => {
    const t = tokenize('Bà Merkel (CDU) đáp: 2.300', 5);
    expect(t.map((x) => x.text)).toEqual(['Bà', 'Merkel', '(', 'CDU', ')', 'đáp', ':', '2', '.', '300']);
    expect(t[1]).toMatchObject({ start: 8, end: 14, cap: true, upper: false, word: true });
    expect(t[3]).toMatchObject({ upper: true, cap: true });
    expect(t[2]).toMatchObject({ word: false, lower: '(' });
    expect(t[9]).toMatchObject({ num: true, cap: false });
  });
  it('= the syllable regex on random strings', () => {
    for (const text of randomTexts(3000)) expect([text, tokenize(text, 3).map((t) => [t.start - 3, t.text])]).toEqual([text, spans(SYLLABLE, text)]);
  });
  it('= syllables over the words of the same text', () => {
    const text = 'Ông O’Neill, “đặc phái viên”, tới Hà Nội.';
    expect(syllables(text, words(text), 2)).toEqual(tokenize(text, 2));
  });
});
