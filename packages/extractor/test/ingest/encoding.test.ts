import { describe, expect, it } from '@jest/globals';
import iconv from 'iconv-lite';
import { decode, singleByteVietnamese } from '../../src/ingest/encoding.js';
import { toWindows1252, toWindows1258 } from './encode-legacy.js';

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
    expect(singleByteVietnamese(bytes)).toBe(true);
    expect(text(bytes)).toMatchObject({ text: VI, encoding: 'windows-1258' });
  });

  it('reads Windows-1252 English with curly quotes and accents', () => {
    const bytes = toWindows1252(EN);
    expect(singleByteVietnamese(bytes)).toBe(false);
    expect(text(bytes)).toMatchObject({ text: EN, encoding: 'windows-1252' });
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
    const page = Buffer.concat([Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>'), toWindows1252(EN), Buffer.from('</p></body></html>')]);
    expect(declaredCharset(page)).toBe('windows-1252');
    const r = decode(page, declaredCharset(page));
    expect(r).toMatchObject({ ok: true, encoding: 'windows-1252' });
    expect(r.ok && r.text).toContain(EN);
  });
});
