import { describe, expect, it } from '@jest/globals';
import iconv from 'iconv-lite';
import { decode } from '../../src/ingest/encoding.js';
import { decodeViCodepage, detectViCodepage } from '../../src/ingest/vi-codepages.js';
import { toTcvn3, toVni, toWindows1252, toWindows1258 } from './encode-legacy.js';

const VI = 'Ngoại trưởng Nga Sergei Lavrov khẳng định hệ thống phòng thủ tên lửa của Mỹ là mối đe dọa lớn nhất. Ơ kìa, đường Ưu tiên!';
const EN = 'The “missile shield” talks in Brussels – a café-side chat, Lavrov said – went nowhere. Señor Ñúñez agreed.';

const text = (buf: Buffer) => {
  const r = decode(buf);
  if (!r.ok) throw new Error(r.reason);
  return r;
};

describe('decode', () => {
  it('reads UTF-8, with or without BOM, as NFC', () => {
    expect(text(Buffer.from(VI, 'utf8')).text).toBe(VI);
    expect(text(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(VI, 'utf8')])).text).toBe(VI);
    // Decomposed UTF-8 (tones as combining marks) comes out composed.
    expect(text(Buffer.from(VI.normalize('NFD'), 'utf8')).text).toBe(VI);
  });

  it('reads UTF-16 LE and BE by their BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(VI, 'utf-16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(VI, 'utf-16be')]);
    expect(text(le)).toMatchObject({ text: VI, encoding: 'UTF-16LE' });
    expect(text(be)).toMatchObject({ text: VI, encoding: 'UTF-16BE' });
  });

  it('reads Windows-1258 Vietnamese (combining tones) and composes it', () => {
    const bytes = toWindows1258(VI);
    expect(bytes.length).toBeGreaterThan(VI.length); // tones took their own bytes
    expect(detectViCodepage(bytes)).toBe('windows-1258');
    expect(text(bytes)).toMatchObject({ text: VI, encoding: 'windows-1258' });
  });

  it('reads Windows-1252 English with curly quotes and accents', () => {
    const bytes = toWindows1252(EN);
    expect(detectViCodepage(bytes)).toBe(null);
    expect(text(bytes)).toMatchObject({ text: EN, encoding: 'windows-1252' });
  });

  it("reads VNI Vietnamese (base letter + diacritic byte), the published chart's own examples too", () => {
    // Straight from the chart: "Vieät Nam", "Haø Noäi", "Ñaø Naüng", capitals "VIEÄT NAM", "ÔÛ".
    const chart = Buffer.from('Vieät Nam, Haø Noäi, Ñaø Naüng; VIEÄT NAM ÔÛ ñaâu? Thöôøng tröïc Quoác hoäi hoïp.', 'latin1');
    expect(text(chart)).toMatchObject({ text: 'Việt Nam, Hà Nội, Đà Nẵng; VIỆT NAM Ở đâu? Thường trực Quốc hội họp.', encoding: 'vni' });
    const bytes = toVni(VI);
    expect(bytes.length).toBeGreaterThan(VI.length); // diacritics took their own bytes
    expect(text(bytes)).toMatchObject({ text: VI, encoding: 'vni' });
    // Every letter, both cases, through the rule-written encoder (the table, not the guess: these are not syllables).
    const all = 'àáảãạ ằắẳẵặ ầấẩẫậ èéẻẽẹ ềếểễệ ìíỉĩị òóỏõọ ồốổỗộ ờớởỡợ ùúủũụ ừứửữự ỳýỷỹỵ đ ơ ư ă â ê ô';
    const letters = `${all} ${all.toUpperCase()}`;
    expect(decodeViCodepage(toVni(letters), 'vni')).toBe(letters);
  });

  it("reads TCVN3 (ABC) Vietnamese, the chart's own examples too", () => {
    const chart = Buffer.from('ViÖt Nam, Hµ Néi, §µ N½ng: Th\xb8ng 9.', 'latin1');
    expect(text(chart)).toMatchObject({ text: 'Việt Nam, Hà Nội, Đà Nẵng: Tháng 9.', encoding: 'tcvn3' });
    // VN3 has the base capitals (Ơ, Ư); toned capitals are written lower-case.
    expect(text(toTcvn3(VI))).toMatchObject({
      text: 'Ngoại trưởng Nga Sergei Lavrov khẳng định hệ thống phòng thủ tên lửa của Mỹ là mối đe dọa lớn nhất. Ơ kìa, đường Ưu tiên!',
      encoding: 'tcvn3',
    });
    const all = 'àáảãạ ằắẳẵặ ầấẩẫậ èéẻẽẹ ềếểễệ ìíỉĩị òóỏõọ ồốổỗộ ờớởỡợ ùúủũụ ừứửữự ỳýỷỹỵ đ ơ ư ă â ê ô Đ Ơ Ư Ă Â Ê Ô';
    expect(decodeViCodepage(toTcvn3(all), 'tcvn3')).toBe(all);
  });

  it('never takes Western text for a Vietnamese code page, nor Vietnamese for Windows-1252', () => {
    const fr = toWindows1252('Le président a déclaré à la presse que la réunion était très productive, selon l’agence.');
    expect(detectViCodepage(fr)).toBe(null);
    expect(text(fr).encoding).toBe('windows-1252');
    const es = toWindows1252('El señor Núñez habló con la ministra española sobre la situación económica.');
    expect(text(es).encoding).toBe('windows-1252');
    for (const [bytes, cp] of [
      [toVni(VI), 'vni'],
      [toTcvn3(VI.toLowerCase()), 'tcvn3'],
      [toWindows1258(VI), 'windows-1258'],
    ] as const)
      expect(detectViCodepage(bytes)).toBe(cp);
  });

  it('refuses binary content with a reason', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(decode(png)).toEqual({ ok: false, reason: expect.stringMatching(/^binary file/) });
    // No NUL, but mostly control bytes.
    const noisy = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)));
    expect(decode(noisy)).toEqual({ ok: false, reason: expect.stringMatching(/binary or undecodable/) });
  });
});

describe('declared charset of HTML pages', () => {
  it('trusts <meta charset> for non-UTF-8 bytes', async () => {
    const { declaredCharset } = await import('../../src/ingest/encoding.js');
    const page = Buffer.concat([
      Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>'),
      toWindows1252(EN),
      Buffer.from('</p></body></html>'),
    ]);
    expect(declaredCharset(page)).toBe('windows-1252');
    const r = decode(page, declaredCharset(page));
    expect(r).toMatchObject({ ok: true, encoding: 'windows-1252' });
    expect(r.ok && r.text).toContain(EN);
  });
});
