import { describe, expect, it } from '@jest/globals';
import { lookupName } from '../../src/gazetteer/lookup.js';

import { foldKey } from '../../src/text/fold-key.js';
import { PhraseMatcher } from '../../src/text/phrases.js';
import { tokenize, words } from '../../src/text/tokens.js';

describe('one folding key for the gazetteer and the lexicons', () => {
  it('"Hoa Kỳ" and "Hoa Kì" (final y/i spellings) meet in the gazetteer', () => {
    expect(lookupName('Hoa Kì', 'vi')?.id).toBe(lookupName('Hoa Kỳ', 'vi')?.id);
    expect(lookupName('Hoa Kì', 'vi')).toBeDefined();
  });
  it('"Hoa Kỳ" and "Hoa Kì" meet in a lexicon', () => {
    const m = new PhraseMatcher<string>([['Hoa Kỳ', 'x']]);
    expect(m.at(tokenize('ở Hoa Kì'), 1)).toEqual({ start: 1, end: 3, value: 'x' });
  });
  it('gives the gazetteer tokens and the lexicon tokens the same key', () => {
    const text = 'Thụy Sĩ, Mĩ và Hoà Kỳ';
    expect(
      tokenize(text)
        .filter((t) => t.word)
        .map((t) => t.lower),
    ).toEqual(words(text).map((t) => t.key));
  });
  it.each([
    ['Thùy', 'Thùi'],
    ['Kỳ', 'Kỷ'],
    ['tuy', 'tui'],
    ['Hoa', 'Hòa'],
  ])('keeps different words apart: %s ≠ %s', (a, b) => {
    expect(foldKey(a)).not.toBe(foldKey(b));
    expect(new PhraseMatcher<string>([[a, 'x']]).at(tokenize(b), 0)).toBeUndefined();
  });
});
