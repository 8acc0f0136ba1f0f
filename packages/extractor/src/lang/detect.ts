/**
 * Vietnamese or English, per document.
 *
 * Why a diacritics ratio rather than a general detector (tinyld, cld, franc): the choice is
 * binary, and Vietnamese writes almost every other syllable with a letter that English never
 * uses (đ ă â ê ô ơ ư, or a vowel with a tone mark). Counting the words that carry one is
 * deterministic, needs no model, costs one pass, and stays right on short or name-heavy text
 * where n-gram detectors waver. Vietnamese news runs at 0.5–0.65 of words; an English story
 * dense with Vietnamese names ("Nguyễn Phú Trọng met Biden in Hà Nội…") stays near 0.15.
 */
import type { Lang } from '../types.js';

// Letters specific to Vietnamese: base letters plus every vowel with a tone mark, except the
// few that French/Spanish/Portuguese names share (é è à á ó ò ú ù í ì ê â ô ã õ ç are common
// there); those still count if the text is otherwise Vietnamese, through the rarer ones.
const VI_LETTER = /[đăơưĐĂƠƯảạằắẳẵặầấẩẫậẻẽẹềếểễệỉĩịỏọồốổỗộờớởỡợủũụừứửữựỳýỷỹỵẢẠẰẮẲẴẶẦẤẨẪẬẺẼẸỀẾỂỄỆỈĨỊỎỌỒỐỔỖỘỜỚỞỠỢỦŨỤỪỨỬỮỰỲÝỶỸỴ]/u;

/** Share of words that hold a Vietnamese-specific letter above which a text is Vietnamese. */
export const VI_WORD_SHARE = 0.25;

/** Share of letter words in `text` that hold a Vietnamese-specific letter; `nfc`: the text is NFC already. */
export function vietnameseWordShare(text: string, nfc = false): number {
  const { words, vi } = letterWords(nfc ? text : text.normalize('NFC'));
  return words ? vi / words : 0;
}

/**
 * Letter words of `t`, and those holding a Vietnamese-specific letter. One pass over code units
 * with a per-character table: the same words as /\p{L}+/gu, a few times faster than running
 * that regex over every article twice (raw page and clean text).
 *
 * Nothing but the return follows the loop (the last word is closed by a space past the end):
 * V8 compiles this function on-stack while its first long text is still in the loop, before any
 * code after the loop has run, and Node 20 kept re-entering that compiled loop, which then
 * deoptimised at the first arithmetic after it on every call (two calls per document, ~0.09 s
 * per MB of Vietnamese, a quarter of a warm run).
 */
function letterWords(t: string): { words: number; vi: number } {
  let words = 0;
  let vi = 0;
  let inWord = false;
  let viWord = false;
  for (let i = 0; i <= t.length; i++) {
    const c = i < t.length ? t.charCodeAt(i) : 32;
    let kind = c < 128 ? ASCII_KIND[c]! : KIND[c]!;
    if (kind === UNKNOWN) kind = classify(c);
    if (kind === SURROGATE) {
      // An astral character: a letter or not, as the regex sees its code point.
      const cp = t.codePointAt(i)!;
      kind = cp > 0xffff && LETTER.test(String.fromCodePoint(cp)) ? OTHER_LETTER : NOT_LETTER;
      if (cp > 0xffff) i++;
    }
    if (kind === NOT_LETTER) {
      if (inWord && viWord) vi++;
      inWord = false;
      continue;
    }
    if (!inWord) {
      words++;
      inWord = true;
      viWord = false;
    }
    if (kind === VI) viWord = true;
  }
  return { words, vi };
}

const UNKNOWN = 0,
  NOT_LETTER = 1,
  OTHER_LETTER = 2,
  VI = 3,
  SURROGATE = 4;
const LETTER = /^\p{L}$/u;
const ASCII_KIND = Uint8Array.from({ length: 128 }, (_, c) => ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? OTHER_LETTER : NOT_LETTER));
/** What each BMP code unit is, filled in on first sight. */
const KIND = new Uint8Array(0x10000);

function classify(c: number): number {
  const ch = String.fromCharCode(c);
  const kind = c >= 0xd800 && c <= 0xdfff ? SURROGATE : VI_LETTER.test(ch) ? VI : LETTER.test(ch) ? OTHER_LETTER : NOT_LETTER;
  if (kind !== SURROGATE) KIND[c] = kind;
  return kind;
}

/**
 * 'vi' when enough words carry Vietnamese letters, else 'en'. `nfc`: the text is NFC already
 * (a clean document's is), so it is not normalised again: a copy of the whole text per document.
 */
export function detectLang(text: string, nfc = false): Lang {
  return vietnameseWordShare(text, nfc) >= VI_WORD_SHARE ? 'vi' : 'en';
}
