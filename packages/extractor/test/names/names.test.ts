import { describe, it, expect } from '@jest/globals';
import {
  slugify,
  namesMatch,
  surnameMatches,
  firstNameMatches,
  surnameBlockKeys,
  blockKeyWith,
  canonicalName,
  tokensCompatible,
} from '../../src/names/index.js';

describe('slugify', () => {
  it.each([
    ['Sergei Lavrov', 'sergei-lavrov'],
    ['Nguyễn Tấn Dũng', 'nguyen-tan-dung'],
    ['Đỗ Mười', 'do-muoi'],
    ['Ban Ki-moon', 'ban-ki-moon'],
    ['  NATO–Russia Council ', 'nato-russia-council'],
    ["Côte d'Ivoire", 'cote-d-ivoire'],
  ])('%s → %s', (name, slug) => expect(slugify(name)).toBe(slug));
});

describe('namesMatch', () => {
  const same: Array<[string, string]> = [
    ['Sergey Lavrov', 'Sergei Lavrov'],
    ['Valdimir Putin', 'Vladimir Putin'],
    ['Anders Fog Rasmussen', 'Anders Fogh Rasmussen'],
    ['Anders Rasmussen', 'Anders Fogh Rasmussen'],
    ['C. Ashton', 'Catherine Ashton'],
    ['Ban Ki moon', 'Ban Ki-moon'],
    ['Nguyen Tan Dung', 'Nguyễn Tấn Dũng'],
    ['Hillary Rodham Clinton', 'Hillary Clinton'],
  ];
  const different: Array<[string, string]> = [
    ['Bill Clinton', 'Hillary Clinton'],
    ['Jon Smith', 'Jan Smith'],
    ['John Kerry', 'John Kelly'],
    ['Angela Merkel', 'Angela Davis'],
    ['Lavrov', 'Sergei Lavrov'],
    ['D. Medvedev', 'Vladimir Medvedev'],
  ];
  it.each(same)('%s ~ %s', (a, b) => {
    expect(namesMatch(a, b)).toBe(true);
    expect(namesMatch(b, a)).toBe(true);
  });
  it.each(different)('%s ≁ %s', (a, b) => {
    expect(namesMatch(a, b)).toBe(false);
    expect(namesMatch(b, a)).toBe(false);
  });
});

describe('tokensCompatible', () => {
  it.each([
    ['c', 'catherine', true],
    ['fog', 'fogh', true],
    ['sergey', 'sergei', true],
    ['jon', 'jan', false],
    ['putin', 'puton', true],
    ['kerry', 'kelly', false],
  ] as const)('%s ~ %s: %s', (a, b, ok) => expect(tokensCompatible(a, b)).toBe(ok));
});

describe('surnameMatches', () => {
  it.each([
    ['Lavrov', 'Sergei Lavrov', true],
    ['Rasmussen', 'Anders Fogh Rasmussen', true],
    ['Sergei', 'Sergei Lavrov', false],
    ['Lavrov Sergei', 'Sergei Lavrov', false],
  ] as const)('%s in %s: %s', (s, f, ok) => expect(surnameMatches(s, f)).toBe(ok));
});

describe('firstNameMatches', () => {
  it.each([
    ['Ban', 'Ban Ki-moon', true],
    ['Tập', 'Tập Cận Bình', true],
    ['Sergei', 'Sergei Lavrov', false],
    ['Ki', 'Ban Ki-moon', false],
  ] as const)('%s begins %s: %s', (w, f, ok) => expect(firstNameMatches(w, f)).toBe(ok));
});

describe('surnameBlockKeys', () => {
  const share = (a: string, b: string) => surnameBlockKeys(a).some((k) => surnameBlockKeys(b).includes(k));
  // every pair tokensCompatible accepts must share a key, or the merge would never compare it
  it.each([
    ['lavrov', 'lavrov'],
    ['sergei', 'sergey'],
    ['putin', 'ptuin'],
    ['fogh', 'fog'],
    ['rasmussen', 'rasmusen'],
    ['stoltenberg', 'stoltenbreg'],
    ['abcdefghijk', 'abxdefghijy'],
  ])('%s and %s share a key', (a, b) => {
    expect(tokensCompatible(a, b, false)).toBe(true);
    expect(share(a, b)).toBe(true);
  });
  it('does not put unrelated surnames together', () => expect(share('lavrov', 'ashton')).toBe(false));
  it('keys a deletion as the shortened token itself (one or, for long tokens, two letters)', () => {
    const own = (t: string) => surnameBlockKeys(t)[0];
    expect(surnameBlockKeys('lavrov')).toContain(own('lavrv'));
    expect(surnameBlockKeys('lavrov')).toContain(own('avrov'));
    expect(surnameBlockKeys('stoltenberg')).toContain(own('stltenbrg'));
    expect(surnameBlockKeys('lavrov')).not.toContain(own('lavr')); // two deletions only from 10 letters
  });
  it('keys are small integers (a Map hashes them without a string)', () => {
    for (const k of surnameBlockKeys('stoltenberg', 's')) expect(Number.isInteger(k) && k >= 0 && k < 2 ** 30).toBe(true);
  });
  it('a prefix, and a key narrowed by more text, make other keys', () => {
    const [k] = surnameBlockKeys('putin', 'p');
    expect(surnameBlockKeys('putin', 'q')).not.toContain(k);
    expect(surnameBlockKeys('bc', 'a')[0]).not.toBe(surnameBlockKeys('c', 'ab')[0]); // "a"+"bc" is not "ab"+"c"
    expect(blockKeyWith(k, 'v')).not.toBe(blockKeyWith(k, 'w'));
    expect(blockKeyWith(k, 'v')).toBe(blockKeyWith(surnameBlockKeys('putin', 'p')[0], 'v'));
  });
});

describe('canonicalName', () => {
  it('prefers the fuller form, then the more frequent, then the first in order', () => {
    expect(
      canonicalName([
        { name: 'C. Ashton', count: 9 },
        { name: 'Catherine Ashton', count: 1 },
      ]),
    ).toBe('Catherine Ashton');
    expect(
      canonicalName([
        { name: 'Sergey Lavrov', count: 3 },
        { name: 'Sergei Lavrov', count: 2 },
      ]),
    ).toBe('Sergey Lavrov');
    expect(
      canonicalName([
        { name: 'Sergey Lavrov', count: 2 },
        { name: 'Sergei Lavrov', count: 2 },
      ]),
    ).toBe('Sergei Lavrov');
    expect(
      canonicalName([
        { name: 'Anders Rasmussen', count: 5 },
        { name: 'Anders Fogh Rasmussen', count: 1 },
      ]),
    ).toBe('Anders Fogh Rasmussen');
  });
  it('on a tie in count, prefers the longer spelling (a dropped letter is the likelier slip)', () => {
    expect(
      canonicalName([
        { name: 'Anders Fog Rasmussen', count: 1 },
        { name: 'Anders Fogh Rasmussen', count: 1 },
      ]),
    ).toBe('Anders Fogh Rasmussen');
  });
  it('adds up repeated variants', () => {
    expect(
      canonicalName([
        { name: 'B A', count: 1 },
        { name: 'A B', count: 1 },
        { name: 'B A', count: 1 },
      ]),
    ).toBe('B A');
  });
});
