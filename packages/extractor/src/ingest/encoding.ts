/**
 * Bytes to text: BOM-marked UTF-8/UTF-16, plain UTF-8, then single-byte Vietnamese
 * (Windows-1258, VNI, TCVN3) or Western (Windows-1252) pages; binary content is refused.
 * The result is NFC: Windows-1258 and VNI write tones as separate marks, which must compose.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { decodeViCodepage, detectViCodepage } from './vi-codepages.js';

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

const bomDecode = (buf: Buffer): Decoded | null => {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { ok: true, text: buf.subarray(3).toString('utf8'), encoding: 'UTF-8' };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { ok: true, text: iconv.decode(buf.subarray(2), 'utf-16le'), encoding: 'UTF-16LE' };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { ok: true, text: iconv.decode(buf.subarray(2), 'utf-16be'), encoding: 'UTF-16BE' };
  return null;
};

// Control characters other than tab, newline, form feed and carriage return.
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffd]/g;

/** Share of characters that are control or replacement characters. */
export function unprintableRatio(text: string): number {
  if (!text.length) return 0;
  return (text.match(CONTROL)?.length ?? 0) / text.length;
}

/** The charset an HTML page declares in its first 2 KB (`<meta charset>` or http-equiv), if any. */
export function declaredCharset(buf: Buffer): string | null {
  const head = buf.subarray(0, 2048).toString('latin1');
  const m = head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i);
  return m && iconv.encodingExists(m[1]) ? m[1].toLowerCase() : null;
}

/**
 * Decodes a file's bytes, or says why it is not text. `declared` (an HTML page's meta charset)
 * is trusted for bytes that are not valid UTF-8, before any guessing.
 */
export function decode(buf: Buffer, declared: string | null = null): Decoded {
  let result = bomDecode(buf);
  if (!result) {
    if (buf.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes)' };
    try {
      result = { ok: true, text: utf8.decode(buf), encoding: 'UTF-8' };
    } catch {
      result = declared && !/^utf-?8$/i.test(declared) ? { ok: true, text: iconv.decode(buf, declared), encoding: declared } : decodeLegacy(buf);
    }
  }
  if (!result.ok) return result;
  if (unprintableRatio(result.text) > 0.01) return { ok: false, reason: `binary or undecodable file (over 1% unprintable characters as ${result.encoding})` };
  return { ok: true, text: result.text.normalize('NFC'), encoding: result.encoding };
}

/**
 * Not UTF-8. Vietnamese code pages (Windows-1258, VNI, TCVN3: chardet knows none of them) are
 * settled by which one makes well-formed Vietnamese syllables; other Latin guesses become
 * Windows-1252, the superset browsers use for them; non-Latin guesses (Shift_JIS, GB18030,
 * KOI8-R…) are decoded as chardet says.
 */
function decodeLegacy(buf: Buffer): Decoded {
  const vi = detectViCodepage(buf);
  if (vi) return { ok: true, text: decodeViCodepage(buf, vi), encoding: vi };
  const guess = chardet.detect(buf) ?? 'windows-1252';
  const latin = /^(windows-125\d|iso-8859-\d+|ascii|utf-8)$/i.test(guess);
  const encoding = latin ? 'windows-1252' : guess;
  if (!iconv.encodingExists(encoding)) return { ok: false, reason: `undecodable (detected ${guess}, which cannot be decoded)` };
  return { ok: true, text: iconv.decode(buf, encoding), encoding };
}
