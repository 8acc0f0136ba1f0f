/**
 * Folds text for matching: lower case, no diacritics (Vietnamese tones and vowel marks
 * included), đ → d, runs of spaces and punctuation collapsed. "Ngoại trưởng" → "ngoai truong".
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
