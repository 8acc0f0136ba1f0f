import { describe, expect, it } from '@jest/globals';
import { PhraseMatcher, WordsMatcher } from '../../src/text/phrases.js';
import { foldKey, tokenize } from '../../src/text/tokens.js';

describe('tokenize', () => {
  it('splits syllables and punctuation with offsets and case flags', () => {
    const t = tokenize('Ông Lavrov (NATO) nói: 1.150', 10);
    expect(t.map((x) => x.text)).toEqual(['Ông', 'Lavrov', '(', 'NATO', ')', 'nói', ':', '1', '.', '150']);
    expect(t[0]).toMatchObject({ start: 10, end: 13, cap: true, upper: false, word: true });
    expect(t[3]).toMatchObject({ upper: true, cap: true });
    expect(t[7]).toMatchObject({ num: true, cap: false });
  });
  it('folds tone-mark placement, so old and new spellings are one key', () => {
    expect(foldKey('thoả')).toBe(foldKey('thỏa'));
    expect(foldKey('Hoà')).toBe(foldKey('hòa'));
    expect(foldKey('hoa')).not.toBe(foldKey('hòa'));
  });
});

describe('PhraseMatcher', () => {
  const m = new PhraseMatcher<string>([
    ['điện đàm', 'CALL'],
    ['cuộc điện đàm', 'CALL-noun'],
    ['thỏa thuận', 'COOPERATE'],
  ]);
  it('finds the longest phrase at a token, case- and tone-placement-insensitively', () => {
    const t = tokenize('Cuộc điện đàm và thoả thuận');
    expect(m.at(t, 0)).toEqual({ start: 0, end: 3, value: 'CALL-noun' });
    expect(m.at(t, 1)).toEqual({ start: 1, end: 3, value: 'CALL' });
    expect(m.all(t).map((x) => x.value)).toEqual(['CALL-noun', 'COOPERATE']);
  });
  it('does not match a phrase cut by the end of the tokens', () => {
    expect(m.at(tokenize('cuộc điện'), 0)).toBeUndefined();
  });
});

describe('PhraseMatcher on the trie', () => {
  const m = new PhraseMatcher<string>([
    ['hội đàm', 'MEET'],
    ['hội đàm trực tuyến', 'MEET-online'],
    ['Bộ Quốc phòng', 'MOD'],
    ['(', 'open'],
  ]);
  const t = tokenize('Hai bên hội đàm trực tuyến với Bộ quốc phòng (Pháp) rồi hội đàm.');
  const texts = (ms: { start: number; end: number }[]) =>
    ms.map((x) =>
      t
        .slice(x.start, x.end)
        .map((k) => k.text)
        .join(' '),
    );

  it('matches longest-leftmost over syllables and punctuation tokens, in any case', () => {
    expect(texts(m.all(t))).toEqual(['hội đàm trực tuyến', 'Bộ quốc phòng', '(', 'hội đàm']);
    expect(m.at(t, 2)?.value).toBe('MEET-online');
    expect(m.at(t, -1)).toBeUndefined();
  });
  it('skips a match that runs past `to` instead of shortening it', () => {
    expect(texts(m.all(t, 0, 4))).toEqual([]);
    expect(texts(m.all(t, 0, 6))).toEqual(['hội đàm trực tuyến']);
  });
  it('lets a later entry for the same phrase win, and answers has() and firstSyllables()', () => {
    const n = new PhraseMatcher<number>([
      ['lệnh cấm vận', 1],
      ['Lệnh  cấm vận', 2],
    ]);
    expect(n.at(tokenize('lệnh cấm vận'), 0)?.value).toBe(2);
    expect(n.has('LỆNH CẤM VẬN')).toBe(true);
    expect(n.has('lệnh cấm')).toBe(false);
    expect([...n.firstSyllables()]).toEqual([tokenize('lệnh')[0]!.lower]);
  });
});

describe('WordsMatcher (lower-case word sequences on the trie)', () => {
  // English-like tokens: lower-case norm and the text after each word.
  const toks = (text: string) => [...text.matchAll(/(\S+?)([,.]?(?:\s+|$))/g)].map((m) => ({ norm: m[1]!.toLowerCase(), post: m[2]!, possessive: false }));
  const m = new WordsMatcher<string>([
    [['trade', 'envoy'], 'short'],
    [['senior', 'trade', 'envoy'], 'long'],
    [['trade', 'envoy'], 'duplicate'],
    [[], 'empty'],
  ]);
  const t = toks('The senior trade envoy, a trade. envoy, left');

  it('finds the longest sequence from a token, within a bound; the first entry of a sequence wins', () => {
    expect(m.at(t, 1)).toEqual({ start: 1, end: 4, value: 'long' });
    expect(m.at(t, 2)).toEqual({ start: 2, end: 4, value: 'short' });
    expect(m.at(t, 1, 3)).toBeUndefined();
    expect(m.at(t, 0)).toBeUndefined();
    expect(m.at(t, -1)).toBeUndefined();
  });
  it('finds the longest sequence ending at a token, from a lower bound on', () => {
    expect(m.endingAt(t, 3)).toEqual({ start: 1, end: 4, value: 'long' });
    expect(m.endingAt(t, 3, 2)).toEqual({ start: 2, end: 4, value: 'short' });
    expect(m.endingAt(t, 2)).toBeUndefined();
    expect(m.endingAt(t, 99)).toBeUndefined();
  });
  it('walks only over the tokens a join test allows', () => {
    const spaced = (ts: readonly { post: string }[], i: number, j: number) => j === i || ts[j - 1]!.post === ' ';
    expect(m.at(t, 5)).toEqual({ start: 5, end: 7, value: 'short' });
    expect(m.at(t, 5, t.length, spaced)).toBeUndefined();
    expect(m.at(t, 2, t.length, spaced)).toEqual({ start: 2, end: 4, value: 'short' });
    expect([...m.firstWords()].sort()).toEqual(['senior', 'trade']);
  });
});
