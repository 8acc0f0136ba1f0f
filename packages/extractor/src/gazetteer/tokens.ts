/**
 * Word tokens for matching. A word is a run of letters, digits and combining
 * marks, so Vietnamese syllables with diacritics are single words and matches
 * never start or end inside a word.
 */

/** One word of a text: its span and a case- and tone-placement-insensitive key. */
export interface Token { start: number; end: number; text: string; key: string }

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/u;

/**
 * Lowercase key of a word. Vietnamese has two conventions for where the tone mark
 * sits ("Thuỵ"/"Thụy", "hoà"/"hòa") and two for final y/i in open syllables
 * ("Hoa Kỳ"/"Hoa Kì", "Mỹ"/"Mĩ"); the key moves the tone mark to the end of the
 * syllable and writes such a final y as i, so all spellings give the same key.
 */
export function wordKey(word: string): string {
  let key = KEYS.get(word);
  if (key === undefined) {
    if (KEYS.size > 200_000) KEYS.clear();
    KEYS.set(word, (key = computeKey(word)));
  }
  return key;
}

// News vocabulary is small: computing each distinct word's key once makes tokenizing cheap.
const KEYS = new Map<string, string>();

// Open syllables written with final y or i by different spelling norms ("Kỳ"/"Kì", "Mỹ"/"Mĩ", "Hy"/"Hi").
const Y_SYLLABLE = /^(b|c|ch|d|đ|g|gh|h|k|kh|l|m|n|ng|nh|p|ph|qu|r|s|t|th|tr|v|x)y$/;
const yToI = (base: string): string => (Y_SYLLABLE.test(base) ? `${base.slice(0, -1)}i` : base);

function computeKey(word: string): string {
  const lower = word.toLowerCase();
  if (/^[\x00-\x7f]*$/.test(lower)) return yToI(lower);
  const nfd = lower.normalize('NFD');
  const tone = nfd.match(TONES);
  const base = nfd.replace(TONES, '').normalize('NFC');
  return yToI(base) + (tone ? tone[0] : '');
}

/** The words of a text, in order. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;   // exec on the shared regex: matchAll would clone it for every text
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const start = m.index;
    out.push({ start, end: start + m[0].length, text: m[0], key: wordKey(m[0]) });
  }
  return out;
}

/**
 * How two consecutive words are joined: ' ' for a plain gap (spaces, hyphens,
 * dashes, apostrophes: "Áp-ga-ni-xtan" = "Áp ga ni xtan"), '.' for an
 * abbreviation dot ("U.S."), '#' for anything that breaks a name (comma, newline…).
 */
export function gapClass(gap: string): ' ' | '.' | '#' {
  if (gap.length === 0) return ' ';
  if (gap.length <= 3 && /^[ \t\u00a0\-\u2010\u2011\u2013'\u2019]+$/.test(gap)) return ' ';
  if (/^\.[ \u00a0]?$/.test(gap)) return '.';
  return '#';
}
