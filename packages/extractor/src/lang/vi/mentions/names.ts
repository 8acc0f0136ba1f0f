/**
 * Where a person's name starts and ends in Vietnamese text. Vietnamese capitalises
 * every syllable of a proper name, so a name is a run of capitalised syllables; foreign
 * names add initials ("C. Ashton", "K.Harris") and, in romanised Korean or Chinese
 * names, lower-case syllables that cannot be Vietnamese ("Ban Ki moon").
 */
import type { Token } from '../../../text/tokens.js';
import { viLexicon } from '../lexicon.js';

const ONSETS = new Set(['ch', 'gh', 'gi', 'kh', 'ng', 'ngh', 'nh', 'ph', 'qu', 'th', 'tr']);

/**
 * Is a lower-case syllable impossible in Vietnamese (so part of a romanised foreign name)?
 * Vietnamese has no f, j, w, z, no doubled vowels but "oo" in "-oong", ends only in a vowel
 * or c, ch, m, n, ng, nh, p, t, and starts with a single consonant or a listed digraph.
 */
export function isForeignSyllable(s: string): boolean {
  if (!/^[a-z]+$/.test(s)) return false;
  if (/[fjwz]/.test(s) || /ee|aa|ii|uu/.test(s) || (/oo/.test(s) && !/oong$/.test(s))) return true;
  if (/[bdklrsv]$/.test(s) || (/g$/.test(s) && !/ng$/.test(s)) || (/h$/.test(s) && !/[cn]h$/.test(s))) return true;
  const onset = /^[^aeiouy]*/.exec(s)![0];
  return onset.length >= 2 && !ONSETS.has(onset);
}

/** Can this token be a syllable of a name? (Capitalised word, not an all-caps acronym, not a number.) */
export function isNameSyllable(t: Token | undefined): boolean {
  return Boolean(t && t.word && t.cap && !t.num && !(t.upper && t.text.length > 1));
}

/**
 * The name starting at token `i` as [first, last] token indexes (inclusive), or undefined.
 * `gap(a, b)` is the text between tokens a and b; `stop(j)` tells where a known entity or title begins, which ends the name.
 */
export function nameAt(
  tokens: readonly Token[],
  i: number,
  gap: (a: number, b: number) => string,
  stop: (j: number) => boolean,
  maxSyllables = 5,
): [number, number] | undefined {
  // Past the hyphenated parts glued to a syllable ending before `k`: "Jean-Yves", "Kim Jong-un", "Ban Ki-moon".
  const afterHyphenated = (k: number): number => {
    while (tokens[k]?.text === '-' && tokens[k + 1]?.word && !tokens[k + 1]!.num && gap(k - 1, k) === '' && gap(k, k + 1) === '') k += 2;
    return k;
  };
  let j = i;
  let last = -1;
  let syllables = 0;
  while (j < tokens.length && syllables < maxSyllables) {
    const t = tokens[j]!;
    if (j > i && stop(j)) break;
    if (j > i && !/^[ \u00a0]?$/.test(gap(j - 1, j)) && !(tokens[j - 1]!.text === '.' || tokens[j - 1]!.text === '-')) break;
    if (isNameSyllable(t)) {
      // An initial: "C." / "K.Harris"
      if (t.text.length === 1 && tokens[j + 1]?.text === '.' && isNameSyllable(tokens[j + 2])) {
        j += 2;
        continue;
      }
      syllables++;
      j = afterHyphenated(j + 1);
      last = j - 1;
      continue;
    }
    // "Faisal bin Farhan", "Ursula von der Leyen": lower-case particles between capitalised parts
    const particle = last >= 0 ? viLexicon().cues['name-particle'].at(tokens, j) : undefined;
    if (particle) {
      let k = particle.end;
      for (let p = viLexicon().cues['name-particle'].at(tokens, k); p; p = viLexicon().cues['name-particle'].at(tokens, k)) k = p.end;
      if (isNameSyllable(tokens[k]) && !stop(k)) {
        j = k;
        continue;
      }
    }
    if (last >= 0 && t.word && !t.cap && isForeignSyllable(t.lower)) {
      syllables++;
      j = afterHyphenated(j + 1); // "al-Sudani"
      last = j - 1;
      continue;
    }
    break;
  }
  return last >= i ? [i, last] : undefined;
}
