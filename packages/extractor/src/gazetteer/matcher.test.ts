import { describe, it, expect } from '@jest/globals';
import { Matcher, defaultCaseRule, gapClass } from './matcher.js';
import { words as tokenize } from '../text/tokens.js';
import { foldKey } from '../text/fold-key.js';

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
