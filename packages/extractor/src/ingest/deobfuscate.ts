/**
 * Undo the dot-obfuscation some Vietnamese sites apply to sensitive words
 * ("đ.e dọ.a", "tấ.n côn.g", "l.y hô.n") so that search engines skip them.
 * A dot between two letters inside a word is removed when the joined form is a well-formed
 * Vietnamese syllable and the dotted form does not look like an initial, abbreviation or
 * domain name ("C. Ashton", "K.Harris", "U.S.", "a.m.", "Bee.net.vn", "1.5").
 */
import { isVietnameseSyllable } from './vi-syllable.js';

// A run of letters with inner dots, plus what follows it (to see a trailing dot).
const DOTTED = /(?<![\p{L}\p{N}.@/])(\p{L}+(?:\.\p{L}+)+)(\.?)(?=[^\p{L}\p{N}]|$)/gu;

// What every DOTTED match holds: a letter, a dot, a letter (hasDotInWord).
const LETTER_BEFORE = /\p{L}$/u;
const LETTER_AFTER = /^\p{L}/u;

/** /\p{L}\.\p{L}/u.test(text), looking at the dots only instead of trying the regex at every position. */
export function hasDotInWord(text: string): boolean {
  for (let i = text.indexOf('.', 1); i >= 0; i = text.indexOf('.', i + 1))
    if (LETTER_BEFORE.test(text.slice(Math.max(0, i - 2), i)) && LETTER_AFTER.test(text.slice(i + 1, i + 3))) return true;
  return false;
}

const isUpper = (s: string): boolean => s === s.toUpperCase() && s !== s.toLowerCase();

/** Whether "left.right" is an obfuscated syllable rather than an abbreviation. */
export function isObfuscatedPair(left: string, right: string): boolean {
  // "K.Harris", "St.Petersburg": a capital after the dot starts a new name, unless the whole
  // word is upper case (headlines: "TẤ.N CÔN.G"), where a one-letter left part is an initial.
  if (isUpper(right[0]) && !(isUpper(left) && isUpper(right) && left.length > 1)) return false;
  return isVietnameseSyllable(left + right);
}

/** Removes obfuscating dots from `text`. Only words with a single inner dot are candidates. */
export function deobfuscate(text: string): string {
  if (!hasDotInWord(text)) return text; // most lines: no candidate, skip the lookbehind scan
  return text.replace(DOTTED, (match, word: string, trailing: string) => {
    const parts = word.split('.');
    // "Bee.net.vn": several dots, a domain. "U.S.", "a.m.", "v.v.": one-letter parts closed by
    // a dot are an abbreviation ("dọ.a." is an obfuscated word ending a sentence).
    if (parts.length !== 2) return match;
    if (trailing && parts.every((p) => p.length === 1)) return match;
    return isObfuscatedPair(parts[0], parts[1]) ? parts[0] + parts[1] + trailing : match;
  });
}
