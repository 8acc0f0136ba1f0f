/**
 * The legacy 8-bit Vietnamese code pages that iconv-lite lacks: VNI (base letter + a diacritic
 * byte) and TCVN3/ABC (precomposed lower-case letters). Their byte tables are data
 * (data/encodings/*.tsv, with provenance); bytes a table does not list are Windows-1252.
 * Also: which of the Vietnamese code pages (these two and Windows-1258) a non-UTF-8 text is in,
 * judged by how many of its non-ASCII words are well-formed Vietnamese syllables.
 */
import iconv from 'iconv-lite';
import { readTsv } from '../text/tsv.js';
import { isVietnameseSyllable } from './vi-syllable.js';

export type ViCodepage = 'vni' | 'tcvn3' | 'windows-1258';
export const VI_CODEPAGES: readonly ViCodepage[] = ['windows-1258', 'vni', 'tcvn3'];

const DATA = new URL('../../data/encodings/', import.meta.url);

/** A 256-entry byte → text table: the data file's rows over Windows-1252. */
function loadTable(file: string): string[] {
  const table = Array.from({ length: 256 }, (_, b) => iconv.decode(Buffer.from([b]), 'windows-1252'));
  for (const {
    line,
    cells: [byte, points],
  } of readTsv(new URL(file, DATA))) {
    const b = Number.parseInt(byte, 16);
    const text = points
      ?.split(' ')
      .map((p) => String.fromCodePoint(Number.parseInt(p.replace(/^U\+/, ''), 16)))
      .join('');
    if (!(b >= 0x80 && b <= 0xff) || !text || text.includes('\ufffd')) throw new Error(`kg encodings: ${file}:${line}: expected "byte<TAB>U+XXXX …"`);
    table[b] = text;
  }
  return table;
}

const tables: Partial<Record<'vni' | 'tcvn3', string[]>> = {};
const tableOf = (cp: 'vni' | 'tcvn3') => (tables[cp] ??= loadTable(`${cp}.tsv`));

/** Decodes `buf` from a Vietnamese code page, composed to NFC. */
export function decodeViCodepage(buf: Buffer, cp: ViCodepage): string {
  if (cp === 'windows-1258') return iconv.decode(buf, 'windows-1258').normalize('NFC');
  const table = tableOf(cp);
  const parts: string[] = [];
  let ascii = 0; // runs of ASCII go through in one slice
  for (let i = 0; i < buf.length; i++) {
    if (buf[i] < 0x80) continue;
    if (i > ascii) parts.push(buf.toString('latin1', ascii, i));
    parts.push(table[buf[i]]);
    ascii = i + 1;
  }
  if (ascii < buf.length) parts.push(buf.toString('latin1', ascii));
  return parts.join('').normalize('NFC');
}

/** Well-formed and ill-formed Vietnamese syllables among the words of `text` that have a non-ASCII letter. */
export function syllableCounts(text: string): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (const [word] of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    if (!/[^\x00-\x7f]/.test(word)) continue;
    if (isVietnameseSyllable(word)) valid++;
    else invalid++;
  }
  return { valid, invalid };
}

/** Bytes sampled for the guess: enough words to judge, bounded on a large file. */
const SAMPLE_BYTES = 64 * 1024;
/** Accept a code page when it makes at least this many syllables and twice as many good ones as bad. */
const MIN_SYLLABLES = 3;

/**
 * The Vietnamese code page that reads `buf` as Vietnamese, or null when none does (Western or
 * other text). Each candidate decodes a sample; the one with the most well-formed syllables
 * wins if those clearly outnumber the ill-formed ones. Windows-1252 text decoded this way
 * gives "café", "naïve", "Señor": not syllables, so it is never taken for Vietnamese.
 */
export function detectViCodepage(buf: Buffer): ViCodepage | null {
  const sample = buf.subarray(0, SAMPLE_BYTES);
  let best: { cp: ViCodepage; score: number; valid: number; invalid: number } | null = null;
  for (const cp of VI_CODEPAGES) {
    const { valid, invalid } = syllableCounts(decodeViCodepage(sample, cp));
    const score = valid - invalid;
    if (!best || score > best.score) best = { cp, score, valid, invalid };
  }
  return best && best.valid >= MIN_SYLLABLES && best.valid >= 2 * best.invalid ? best.cp : null;
}
