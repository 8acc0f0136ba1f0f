import { describe, expect, it } from '@jest/globals';
import { requiredChars } from '../../src/text/required-chars.js';

describe('requiredChars', () => {
  it.each([
    ['\\s*:\\s*\\S+', [':']],
    ['\\[/?caption(?:\\s[^\\]]*)?\\]', ['[', ']']],
    ['\\s+\\|\\s*$', ['|']],
    ['a:?b', []], // optional
    ['x-*y,{0,2}z;{1,3}', [';']], // zero repetitions allowed, except {1,3}
    ['(?:a:|b)c', []], // inside a group
    ['[:]x', []], // inside a class
    ['a:|b', []], // top-level alternation
    ['\\p{Lu}\\)\\s', [')']],
    ['\\u0041:', []], // an escape not understood: nothing claimed
    ['(unclosed:', []],
  ])('%s → %j', (source, chars) => {
    expect(requiredChars(source)).toEqual(chars);
  });

  it('no string the regex matches lacks a required character (random strings)', () => {
    const sources = [
      '\\s*(?:[-|]\\s*)?\\(?(?:ảnh|photo)\\s*:\\s*[^()|]{1,6}\\)?\\s*\\|?\\s*$',
      '\\s+\\|\\s*$',
      '^\\([^()]{2,5}\\)\\s*(?:[-:]\\s*)?(?=\\p{Lu})',
      '^a+(?:\\.b)*\\.(?:vn|com)\\s*-\\s+',
    ];
    const alphabet = ['a', 'b', 'Ả', 'ảnh', 'photo', 'vn', ' ', ':', '|', '(', ')', '.', '-', 'X'];
    let seed = 11;
    const next = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed >>> 8;
    };
    let matched = 0;
    for (const source of sources) {
      const re = new RegExp(source, 'iu'),
        needs = requiredChars(source);
      expect(needs.length).toBeGreaterThan(0);
      for (let k = 0; k < 4000; k++) {
        let s = '';
        for (let i = next() % 10; i > 0; i--) s += alphabet[next() % alphabet.length];
        if (!re.test(s)) continue;
        matched++;
        expect([source, s, needs.every((c) => s.includes(c))]).toEqual([source, s, true]);
      }
    }
    expect(matched).toBeGreaterThan(50);
  });
});
