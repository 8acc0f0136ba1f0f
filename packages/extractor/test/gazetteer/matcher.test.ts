import { describe, it, expect } from '@jest/globals';
import { Matcher, defaultCaseRule, gapClass } from '../../src/gazetteer/matcher.js';
import { Trie, type TrieWalk } from '../../src/text/trie.js';
import { words as tokenize } from '../../src/text/tokens.js';
import { foldKey } from '../../src/text/fold-key.js';

describe('tokens', () => {
  it('treats Vietnamese syllables with diacritics as single words', () => {
    expect(tokenize('Ngoại trưởng Đức, ông Ấn.').map((t) => t.text)).toEqual(['Ngoại', 'trưởng', 'Đức', 'ông', 'Ấn']);
  });
  it.each([
    ['Thuỵ', 'Thụy'],
    ['hoà', 'hòa'],
    ['HOÀ', 'hòa'],
    ['Khoẻ', 'khỏe'],
    ['Kỳ', 'kì'],
    ['Mỹ', 'Mĩ'],
    ['Hy', 'Hi'],
  ])('foldKey(%s) = foldKey(%s): tone placement, final y/i and case ignored', (a, b) => expect(foldKey(a)).toBe(foldKey(b)));
  it.each([
    ['Nga', 'Ngà'],
    ['Mỹ', 'My'],
    ['Anh', 'Ánh'],
    ['Thụy', 'Thị'],
    ['Tây', 'Tai'],
  ])('foldKey keeps tones apart: %s ≠ %s', (a, b) => expect(foldKey(a)).not.toBe(foldKey(b)));
  it.each([
    [' ', ' '],
    ['-', ' '],
    [' – ', ' '],
    ['.', '.'],
    ['. ', '.'],
    [', ', '#'],
    ['\n', '#'],
    [' ( ', '#'],
  ])('gapClass(%j) = %j', (gap, cls) => expect(gapClass(gap)).toBe(cls));
});

describe('defaultCaseRule', () => {
  it.each([
    ['NATO', 'exact'],
    ['G7', 'exact'],
    ['U.S.', 'exact'],
    ['Liên Hợp Quốc', 'initial'],
    ['châu Âu', 'any'],
    ['Mỹ', 'initial'],
  ])('%s → %s', (s, rule) => expect(defaultCaseRule(s)).toBe(rule));
});

describe('Matcher', () => {
  const m = new Matcher<string>();
  m.add('Bắc Triều Tiên', 'nk');
  m.add('Triều Tiên', 'korea');
  m.add('EU', 'eu');
  m.add('U.S.', 'us');
  m.add('châu Âu', 'europe');
  const find = (t: string) => m.find(t).map((x) => [x.text, x.value]);

  it.each([
    [
      'Bắc Triều Tiên và Triều Tiên',
      [
        ['Bắc Triều Tiên', 'nk'],
        ['Triều Tiên', 'korea'],
      ],
    ],
    ['EU, eu, Eu', [['EU', 'eu']]],
    ['the U.S. side', [['U.S.', 'us']]],
    [
      'CHÂU ÂU và châu Âu',
      [
        ['CHÂU ÂU', 'europe'],
        ['châu Âu', 'europe'],
      ],
    ],
    ['triều Tiên', []],
    ['Bắc, Triều Tiên', [['Triều Tiên', 'korea']]],
    ['EUR', []],
  ])('%s', (text, expected) => expect(find(text)).toEqual(expected));
});

describe('Trie (the one longest-match lookup)', () => {
  const trie = new Trie<number>();
  for (const [keys, v] of [
    [['a'], 1],
    [['a', 'b', 'c'], 3],
    [['b', 'c'], 2],
  ] as const)
    trie.update(keys, () => v);
  const tokens = ['a', 'b', 'c', 'a', 'b', 'x'];
  const walk = (accept: (v: number) => boolean): TrieWalk<string, undefined, number, [number, number]> => ({
    key: (toks, _i, j) => toks[j]!,
    accept: (v, _toks, _i, j) => (accept(v) ? [v, j] : undefined),
  });
  const at = (i: number, n = tokens.length, accept = (_v: number) => true) => trie.longest(walk(accept), tokens, i, n, undefined);

  it('returns the deepest value on the path from a token', () => {
    expect(at(0)).toEqual([3, 2]);
    expect(at(1)).toEqual([2, 2]);
    expect(at(3)).toEqual([1, 3]); // "a b x": only "a"
    expect(at(5)).toBeUndefined();
  });
  it('stops at n, and falls back to a shorter value the accept function takes', () => {
    expect(at(0, 2)).toEqual([1, 0]);
    expect(at(0, tokens.length, (v) => v !== 3)).toEqual([1, 0]);
  });
  it('updates a value in place, gets exact sequences only, lists first keys', () => {
    trie.update(['b', 'c'], (old) => (old ?? 0) + 10);
    expect(trie.get(['b', 'c'])).toBe(12);
    expect(trie.get(['a', 'b'])).toBeUndefined();
    expect([...trie.firstKeys()].sort()).toEqual(['a', 'b']);
  });
});
