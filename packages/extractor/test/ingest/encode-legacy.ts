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
    const base = marks
      .filter((m) => !TONES.test(m))
      .join('')
      .normalize('NFC');
    parts.push(base, tone ?? '');
  }
  const buf = iconv.encode(parts.join(''), 'windows-1258');
  if (buf.includes(0x3f) && !text.includes('?')) throw new Error('toWindows1258: unmappable character');
  return buf;
}

export const toWindows1252 = (text: string): Buffer => iconv.encode(text, 'windows-1252');

// VNI diacritic bytes (lower-case forms; a capital base letter takes the byte 0x20 lower),
// from the VNI-Windows chart: tone alone, circumflex + tone, breve + tone.
const VNI_TONE: Record<string, number> = { '': 0, '\u0301': 0xf9, '\u0300': 0xf8, '\u0309': 0xfb, '\u0303': 0xf5, '\u0323': 0xef };
const VNI_CIRC: Record<string, number> = { '': 0xe2, '\u0301': 0xe1, '\u0300': 0xe0, '\u0309': 0xe5, '\u0303': 0xe3, '\u0323': 0xe4 };
const VNI_BREVE: Record<string, number> = { '': 0xea, '\u0301': 0xe9, '\u0300': 0xe8, '\u0309': 0xfa, '\u0303': 0xfc, '\u0323': 0xeb };
// Single-byte letters: ơ ư đ and the i/ỵ forms.
const VNI_LETTER: Record<string, number> = { ơ: 0xf4, ư: 0xf6, đ: 0xf1, í: 0xed, ì: 0xec, ỉ: 0xe6, ĩ: 0xf3, ị: 0xf2, ỵ: 0xee };

/** VNI bytes of `text`, written from the encoding's rules (independent of data/encodings/vni.tsv). */
export function toVni(text: string): Buffer {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const lower = ch.toLowerCase();
    const upper = ch !== lower;
    const shift = (b: number) => (upper ? b - 0x20 : b);
    if (ch.charCodeAt(0) < 0x80) {
      out.push(ch.charCodeAt(0));
      continue;
    }
    if (VNI_LETTER[lower]) {
      out.push(shift(VNI_LETTER[lower]));
      continue;
    }
    const marks = [...lower.normalize('NFD')];
    const base = marks.shift()!;
    const tone = marks.find((m) => VNI_TONE[m] !== undefined) ?? '';
    const horn = marks.includes('\u031b');
    if (horn) {
      out.push(shift(base === 'o' ? 0xf4 : 0xf6));
      if (tone) out.push(shift(VNI_TONE[tone]));
      continue;
    }
    out.push((upper ? base.toUpperCase() : base).charCodeAt(0));
    const table = marks.includes('\u0302') ? VNI_CIRC : marks.includes('\u0306') ? VNI_BREVE : VNI_TONE;
    if (table[tone]) out.push(shift(table[tone]));
    else throw new Error(`toVni: cannot encode ${ch}`);
  }
  return Buffer.from(out);
}

// TCVN3 (VN3) positions, typed from the TCVN 5712:1993 chart (independent of data/encodings/tcvn3.tsv).
const TCVN3_RUNS: [number, string][] = [
  [0xa1, 'ĂÂÊÔƠƯĐăâêôơưđ'],
  [0xb5, 'àảãáạ'],
  [0xbb, 'ằẳẵắ'],
  [0xc6, 'ặầẩẫấậè'],
  [0xce, 'ẻẽéẹềểễếệìỉ'],
  [0xdc, 'ĩíịò'],
  [0xe1, 'ỏõóọồổỗốộờởỡớợù'],
  [0xf1, 'ủũúụừửữứựỳỷỹýỵ'],
];
const TCVN3 = new Map(TCVN3_RUNS.flatMap(([start, chars]) => [...chars].map((c, i) => [c, start + i] as [string, number])));

/** TCVN3 bytes of `text`: capitals with a tone mark do not exist in VN3 and are written lower-case, as the fonts did. */
export function toTcvn3(text: string): Buffer {
  return Buffer.from(
    [...text.normalize('NFC')].map((ch) => {
      if (ch.charCodeAt(0) < 0x80) return ch.charCodeAt(0);
      const b = TCVN3.get(ch) ?? TCVN3.get(ch.toLowerCase());
      if (b === undefined) throw new Error(`toTcvn3: cannot encode ${ch}`);
      return b;
    }),
  );
}
