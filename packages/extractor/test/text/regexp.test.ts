import { describe, expect, it } from '@jest/globals';
import { matchAllNotAfterLetter } from '../../src/text/regexp.js';

const withLookBehind = (text: string, body: string): Array<[number, string]> =>
  [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{M}])(?:${body})`, 'giu'))].map((m) => [m.index!, m[0]]);
const helper = (text: string, body: string): Array<[number, string]> =>
  matchAllNotAfterLetter(text, new RegExp(`(?:${body})`, 'giu')).map((m) => [m.index!, m[0]]);

describe('matchAllNotAfterLetter', () => {
  it.each([
    ['tỉnh Saada, xtỉnh Hodeidah và Tỉnh Dhamar', 'tỉnh \\p{Lu}'],
    ['đảođảo Phú Quốc, đảo Cát Bà', 'đảo \\p{Lu}|đảo'],
    ['a\u0301hội nghị X, (hội nghị) Y, 𝐀hội nghị Z, 😀hội nghị W', 'hội nghị'],
    ['nhóm P5+1 và khối E3, nhómG7', 'nhóm|khối'],
    ['', 'x'],
  ])('%j: the matches of the look-behind regex', (text, body) => expect(helper(text, body)).toEqual(withLookBehind(text, body)));
});
