import { describe, it, expect } from '@jest/globals';
import { findTitles, lookupTitle, titleSurfaces } from '../../src/gazetteer/index.js';

const got = (text: string, lang: 'vi' | 'en') => findTitles(text, lang).map((t) => [t.text, t.title.canonical, t.title.kind]);

describe('findTitles', () => {
  const table: Array<[string, 'vi' | 'en', Array<[string, string, string]>]> = [
    ['Bộ trưởng Ngoại giao Pháp phát biểu', 'vi', [['Bộ trưởng Ngoại giao', 'Foreign Minister', 'title']]],
    ['ngoại trưởng Đức', 'vi', [['ngoại trưởng', 'Foreign Minister', 'title']]],
    ['Phó Thủ tướng Ý', 'vi', [['Phó Thủ tướng', 'Deputy Prime Minister', 'title']]],
    ['Phó phát ngôn viên Bộ Ngoại giao', 'vi', [['Phó phát ngôn viên', 'Deputy Spokesperson', 'title']]],
    [
      'cựu Tổng thống Pháp',
      'vi',
      [
        ['cựu', 'former', 'modifier'],
        ['Tổng thống', 'President', 'title'],
      ],
    ],
    [
      'ông Smith và bà Jones',
      'vi',
      [
        ['ông', 'Mr', 'honorific'],
        ['bà', 'Mrs', 'honorific'],
      ],
    ],
    // ordinary words are not titles: "ông bà" (grandparents), "nguyên nhân" (cause), "nhân quyền" (human rights)
    ['ông bà tìm nguyên nhân về nhân quyền', 'vi', []],
    [
      'the former Defense Secretary',
      'en',
      [
        ['former', 'former', 'modifier'],
        ['Defense Secretary', 'Defense Secretary', 'title'],
      ],
    ],
    [
      'Mr. Jones, Secretary-General',
      'en',
      [
        ['Mr.', 'Mr', 'honorific'],
        ['Secretary-General', 'Secretary General', 'title'],
      ],
    ],
    // English titles need a capital: "general" the adjective is not General
    ['a general election', 'en', []],
  ];
  it.each(table)('%s', (text, lang, expected) => expect(got(text, lang)).toEqual(expected));
});

describe('lookupTitle', () => {
  it.each([
    ['Tổng thư ký', 'vi', 'Secretary General'],
    ['bộ trưởng quốc phòng', 'vi', 'Defense Minister'],
    ['Foreign Secretary', 'en', 'Foreign Secretary'],
  ] as const)('%s → %s', (s, lang, canonical) => expect(lookupTitle(s, lang)?.canonical).toBe(canonical));
  it('returns undefined for a non-title', () => expect(lookupTitle('bàn ghế', 'vi')).toBeUndefined());
});

describe('titleSurfaces', () => {
  it('gives every surface of a post in both languages', () => {
    const s = titleSurfaces('Foreign Minister');
    expect(s).toEqual(expect.arrayContaining(['Ngoại trưởng', 'Bộ trưởng Ngoại giao', 'Foreign Minister']));
    expect(s).not.toContain('Tổng thống');
  });
  it('gives nothing for an unknown post or an honorific', () => {
    expect(titleSurfaces('Grand Vizier')).toEqual([]);
    expect(titleSurfaces('Mr')).toEqual([]);
  });
});
