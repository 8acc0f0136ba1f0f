import { describe, expect, it } from '@jest/globals';
import { deobfuscate, hasDotInWord } from '../../src/ingest/deobfuscate.js';
import { isVietnameseSyllable } from '../../src/ingest/vi-syllable.js';

describe('deobfuscate', () => {
  // Dotted forms seen on Vietnamese sites, and others built the same way that the seeds do not hold.
  const repaired: [string, string][] = [
    ['mối đ.e dọ.a lớn nhất', 'mối đe dọa lớn nhất'],
    ['các cuộc tấ.n côn.g', 'các cuộc tấn công'],
    ['vụ thả.m sá.t', 'vụ thảm sát'],
    ['bắ.n hạ', 'bắn hạ'],
    ['kém 13 tuổ.i', 'kém 13 tuổi'],
    ['đã l.y hô.n', 'đã ly hôn'],
    ['30 trường hợp t.ử von.g', '30 trường hợp tử vong'],
    ['tế bào chế.t', 'tế bào chết'],
    ['khoản tiề.n', 'khoản tiền'],
    ['chả.y má.u cam', 'chảy máu cam'],
    // not in the seeds
    ['kẻ giế.t người', 'kẻ giết người'],
    ['buôn bán m.a t.úy', 'buôn bán ma túy'],
    ['vụ hiế.p dâ.m', 'vụ hiếp dâm'],
    ['nghi.êng ngả', 'nghiêng ngả'],
    ['súng đạ.n', 'súng đạn'],
    ['QUYẾ.T ĐỊN.H', 'QUYẾT ĐỊNH'],
    ['đã bị bắ.t.', 'đã bị bắt.'], // sentence-final dot stays
  ];
  it.each(repaired)('repairs %j', (input, expected) => expect(deobfuscate(input)).toBe(expected));

  const untouched = [
    'bà C. Ashton',
    'Phó Tổng thống K.Harris',
    'tỷ phú J.Isaccman',
    'U.S. Army',
    'U.S',
    'lúc 7 a.m. sáng',
    'giá 1.5 triệu',
    '1.150 binh sĩ',
    'Theo Bee.net.vn',
    'VnExpress.net',
    'google.com',
    'TP.HCM',
    'v.v.',
    'Mr.Smith',
    'St.Petersburg',
    'e.g',
    'i.e',
    'A.I',
    'x.com',
    'email a.b@c.vn',
    'www.nato.int',
  ];
  it.each(untouched)('leaves %j alone', (input) => expect(deobfuscate(input)).toBe(input));
});

describe('isVietnameseSyllable', () => {
  it.each(['nghiêng', 'khuỷu', 'giết', 'gì', 'quyết', 'người', 'được', 'oai', 'uống', 'yêu', 'xoong', 'tác', 'hoàng', 'thuở'])('accepts %s', (w) =>
    expect(isVietnameseSyllable(w)).toBe(true),
  );
  // English words, domains, impossible rhymes, a stop final with a level or falling tone, two tone marks.
  it.each(['net', 'vn', 'us', 'abc', 'harris', 'tac', 'tàc', 'hoằ̀ng', 'ngie', 'kharris'])('rejects %s', (w) => expect(isVietnameseSyllable(w)).toBe(false));
});

describe('hasDotInWord', () => {
  it('agrees with /\\p{L}\\.\\p{L}/u on random strings (astral letters and lone surrogates included)', () => {
    const alphabet = ['a', 'ộ', '.', ' ', '5', '𝐀', '\ud835', '\udc00', '😀', '\u0301', ','];
    let seed = 5,
      hits = 0;
    const next = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed >>> 8;
    };
    for (let k = 0; k < 20000; k++) {
      let s = '';
      for (let i = next() % 8; i > 0; i--) s += alphabet[next() % alphabet.length];
      const want = /\p{L}\.\p{L}/u.test(s);
      if (want) hits++;
      expect([s, hasDotInWord(s)]).toEqual([s, want]);
    }
    expect(hits).toBeGreaterThan(100);
  });
});
