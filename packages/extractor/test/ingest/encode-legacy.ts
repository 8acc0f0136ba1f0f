/** Test helper: writes text in legacy code pages the way old Vietnamese and Western sites did. */
import iconv from 'iconv-lite';

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/;

/**
 * Windows-1258 bytes of `text`. The code page holds base letters (â ê ô ă ơ ư đ) precomposed but
 * tones only as combining marks, so each letter is split into base + tone before encoding.
 */
export function toWindows1258(text: string): Buffer {
  const parts: string[] = [];
  for (const ch of text.normalize('NFC')) {
    const marks = [...ch.normalize('NFD')];
    const tone = marks.find((m) => TONES.test(m));
    const base = marks.filter((m) => !TONES.test(m)).join('').normalize('NFC');
    parts.push(base, tone ?? '');
  }
  const buf = iconv.encode(parts.join(''), 'windows-1258');
  if (buf.includes(0x3f) && !text.includes('?')) throw new Error('toWindows1258: unmappable character');
  return buf;
}

export const toWindows1252 = (text: string): Buffer => iconv.encode(text, 'windows-1252');
