import { describe, it, expect } from '@jest/globals';
import { learnAcronyms, acronymEntry } from '../../src/gazetteer/index.js';

describe('learnAcronyms', () => {
  const table: Array<[string, Array<[string, string]>]> = [
    ['Hôm qua, Liên minh châu Âu (EU) ra tuyên bố.', [['Liên minh châu Âu', 'EU']]],
    ['Theo Bộ trưởng, Tổ chức Thương mại Thế giới (WTO) sẽ họp.', [['Tổ chức Thương mại Thế giới', 'WTO']]],
    ['the International Energy Agency (IEA) said', [['International Energy Agency', 'IEA']]],
    ['members of the Gulf Cooperation Council (GCC) met', [['Gulf Cooperation Council', 'GCC']]],
    ['IAEA (Cơ quan Năng lượng Nguyên tử Quốc tế) cảnh báo', [['Cơ quan Năng lượng Nguyên tử Quốc tế', 'IAEA']]],
    // a Vietnamese acronym of a Vietnamese name, found by its initials
    ['Đại hội đồng Liên hợp quốc (LHQ) họp', [['Liên hợp quốc', 'LHQ']]],
    // neither a head word nor the initials: the capitalised run, across toned lower-case connectors
    ['theo Sáng Kiến Hợp Tác của Các Nước Mê Kông (XZ), hôm qua', [['Sáng Kiến Hợp Tác của Các Nước Mê Kông', 'XZ']]],
    ['the Gulf of Mexico Fishing Council (XZ) said', [['Gulf of Mexico Fishing Council', 'XZ']]],
    // a news agency credit is no definition
    ['theo hãng tin Pháp (AFP), hôm qua', []],
    // a parenthesis that is no acronym, or a lower-case phrase, defines nothing
    ['giá tăng (khoảng 5%) trong tháng', []],
    ['he said (OK) later', []],
  ];
  it.each(table)('%s', (text, expected) => expect(learnAcronyms(text).map((d) => [d.long, d.short])).toEqual(expected));

  it('gives spans of both forms', () => {
    const text = 'Ngân hàng Đầu tư Hạ tầng châu Á (AIIB) cho vay';
    const [d] = learnAcronyms(text);
    expect(text.slice(d.start, d.end)).toBe('Ngân hàng Đầu tư Hạ tầng châu Á');
    expect(text.slice(d.shortStart, d.shortEnd)).toBe('AIIB');
  });
});

describe('acronymEntry', () => {
  it('resolves a known acronym to its entry', () => {
    const [d] = learnAcronyms('Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO)');
    expect(acronymEntry(d, 'vi').id).toBe('nato');
  });
  it('makes an Organization of an unknown acronym, named by its long form', () => {
    const [d] = learnAcronyms('the Asian Infrastructure Investment Bank (AIIB) lends');
    expect(acronymEntry(d, 'en')).toMatchObject({ id: 'aiib', name: 'Asian Infrastructure Investment Bank', type: 'Organization', acronym: 'AIIB' });
  });
});
