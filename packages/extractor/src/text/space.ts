/** Whether a UTF-16 code unit is one the regex class \s matches (ECMAScript WhiteSpace and LineTerminator). */
export const isSpaceCode = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  (c >= 0xa0 &&
    (c === 0xa0 ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff));

/** The number of pieces `s.split(/\s+/).filter(Boolean)` gives (runs of non-space characters), without building them. */
export function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpaceCode(s.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Whether /\s+/g would change `s`: a space other than " ", or two in a row. */
export function hasSpaceToCollapse(s: string): boolean {
  let prev = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (prev) return true;
      prev = true;
    } else if (isSpaceCode(c)) return true;
    else prev = false;
  }
  return false;
}
