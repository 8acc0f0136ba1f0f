/**
 * The one matching key of a word, shared by the gazetteer and the lexicons: lower case,
 * with the Vietnamese spelling variants folded together.
 */

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/u;

/**
 * Lowercase key of a word. Vietnamese has two conventions for where the tone mark
 * sits ("Thuỵ"/"Thụy", "hoà"/"hòa") and two for final y/i in open syllables
 * ("Hoa Kỳ"/"Hoa Kì", "Mỹ"/"Mĩ"); the key moves the tone mark to the end of the
 * syllable and writes such a final y as i, so all spellings give the same key.
 */
export function foldKey(word: string): string {
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
