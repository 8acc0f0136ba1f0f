/**
 * Stable ids and comparison keys from names: diacritics stripped (Vietnamese đ/Đ
 * included, which NFD does not decompose), lowercase, non-alphanumerics as hyphens.
 */

/** "Sergei Lavrov" → "sergei-lavrov"; "Nguyễn Tấn Dũng" → "nguyen-tan-dung"; "Ban Ki-moon" → "ban-ki-moon". */
export function slugify(name: string): string {
  return foldDiacritics(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const MARKS = /\p{M}+/gu;

/** Removes combining marks and maps đ/Đ to d/D; keeps everything else ("Hà Nội" → "Ha Noi"). */
export function foldDiacritics(s: string): string {
  return s.normalize('NFD').replace(MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}
