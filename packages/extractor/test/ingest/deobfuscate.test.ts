import { describe, expect, it } from '@jest/globals';
import { deobfuscate } from '../../src/ingest/deobfuscate.js';
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
    ['đã bị bắ.t.', 'đã bị bắt.'],            // sentence-final dot stays
  ];
  it.each(repaired)('repairs %j', (input, expected) => expect(deobfuscate(input)).toBe(expected));

  const untouched = [
    'bà C. Ashton', 'Phó Tổng thống K.Harris', 'tỷ phú J.Isaccman', 'U.S. Army', 'U.S', 'lúc 7 a.m. sáng',
    'giá 1.5 triệu', '1.150 binh sĩ', 'Theo Bee.net.vn', 'VnExpress.net', 'google.com', 'TP.HCM', 'v.v.',
    'Mr.Smith', 'St.Petersburg', 'e.g', 'i.e', 'A.I', 'x.com', 'email a.b@c.vn', 'www.nato.int',
  ];
  it.each(untouched)('leaves %j alone', (input) => expect(deobfuscate(input)).toBe(input));
});

describe('isVietnameseSyllable', () => {
  it.each(['nghiêng', 'khuỷu', 'giết', 'gì', 'quyết', 'người', 'được', 'oai', 'uống', 'yêu', 'xoong', 'tác', 'hoàng', 'thuở'])(
    'accepts %s', (w) => expect(isVietnameseSyllable(w)).toBe(true));
  // English words, domains, impossible rhymes, a stop final with a level or falling tone, two tone marks.
  it.each(['net', 'vn', 'us', 'abc', 'harris', 'tac', 'tàc', 'hoằ̀ng', 'ngie', 'kharris'])(
    'rejects %s', (w) => expect(isVietnameseSyllable(w)).toBe(false));
});
