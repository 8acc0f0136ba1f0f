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

/** Share of letter words in `text` that hold a Vietnamese-specific letter. */
export function vietnameseWordShare(text: string): number {
  let words = 0;
  let vi = 0;
  for (const m of text.normalize('NFC').matchAll(/\p{L}+/gu)) {
    words++;
    if (VI_LETTER.test(m[0])) vi++;
  }
  return words ? vi / words : 0;
}

/** 'vi' when enough words carry Vietnamese letters, else 'en'. */
export function detectLang(text: string): Lang {
  return vietnameseWordShare(text) >= VI_WORD_SHARE ? 'vi' : 'en';
}
