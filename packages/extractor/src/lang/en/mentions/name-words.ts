/**
 * Words of person names in English text: given names, words that never start a name, a run
 * of capitalised name words, a month that is a date, a surname standing alone. Shared by the
 * person passes of mentions.ts.
 */
import type { Token } from '../tokens.js';
import type { EnLexicon } from '../lexicon.js';
import type { Demonym, TokMention } from '../model.js';

// Module-level: the worker build (esbuild, target node20.10) turns a \p{…} regex literal into
// `new RegExp(…)`, which inside a function would build one per call.
const INITIAL = /^\p{Lu}$/u;
const ALL_CAPS = /^\p{Lu}+$/u;

const NAME_TAGS = ['MaleName', 'FemaleName', 'FirstName'];
export const isGivenName = (t: Token): boolean => NAME_TAGS.some((n) => t.tags.has(n));
/** Words that are never part of a name even when capitalised (sentence-initial function words, dates). */
export const notName = (t: Token): boolean =>
  !t.cap ||
  t.text.length < 2 ||
  t.tags.has('Month') ||
  t.tags.has('WeekDay') ||
  t.tags.has('Determiner') ||
  t.tags.has('Pronoun') ||
  t.tags.has('Preposition') ||
  t.tags.has('Conjunction');

/** The end of a run of capitalised name words from `i` (at most four, stopping at punctuation). */
export function nameRun(
  tokens: Token[],
  at: Array<TokMention | undefined>,
  titleTokens: ReadonlySet<number>,
  i: number,
  limit: number,
  particles: ReadonlySet<string>,
): number {
  let k = i;
  while (k < limit && k - i < 5) {
    const t = tokens[k];
    // An initial before a name ("S. Jaishankar", "John F. Kennedy").
    if (INITIAL.test(t.text) && t.post === '. ' && !at[k] && !titleTokens.has(k) && k + 1 < limit && tokens[k + 1].cap && !at[k + 1]) {
      k++;
      continue;
    }
    // "von der Leyen", "bin Salman": lower-case particles inside a name, never at its ends.
    if (k > i && particles.has(t.norm) && !t.cap) {
      let j = k;
      while (j < limit && particles.has(tokens[j].norm) && !tokens[j].cap && !/[^\s]/.test(tokens[j].post)) j++;
      if (j < limit && !notName(tokens[j]) && !at[j]) {
        k = j;
        continue;
      }
      break;
    }
    // A hyphen joins a double-barrelled name ("Thomas-Greenfield"); other opening punctuation ends it.
    if (at[k] || titleTokens.has(k) || notName(t) || (t.pre && !(k > i && /^[-‐]$/.test(t.pre)))) break;
    k++;
    if (/[^\s'’-]/.test(t.post) || t.possessive) break;
  }
  return k;
}

/** A month or weekday used as a date ("in May", "May 4"), not the surname of "Theresa May". */
export function isDateUse(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t.tags.has('Month') && !t.tags.has('WeekDay') && !t.tags.has('Modal')) return false;
  return tokens[k - 1]?.tags.has('Preposition') === true || /^\d/.test(tokens[k + 1]?.text ?? '');
}

const SURNAME_TAGS = new Set(['LastName', ...NAME_TAGS]);
/**
 * Can the one word at k be a surname standing alone? Capitalised, not a title, demonym or actor
 * head ("Officials"), and not a common word in compromise's lexicon ("Police", "Critics"); at
 * the start of a sentence, where every word is capitalised, a plural-looking word ("Sources",
 * "Protesters") is not taken unless the lexicon knows it as a name.
 */
export function isLoneSurname(
  tokens: Token[],
  k: number,
  sentenceFirst: number,
  lex: EnLexicon,
  demonyms: Map<number, Demonym>,
  titleTokens: Set<number>,
): boolean {
  const t = tokens[k];
  if (notName(t) || t.pre === '(' || titleTokens.has(k) || demonyms.has(k) || lex.headWords.has(t.norm) || ALL_CAPS.test(t.text)) return false;
  if (/[\d.]/.test(t.text) || lex.nameParticles.has(t.norm) || lex.notNames.has(t.norm)) return false;
  if ([...t.tags].some((g) => !SURNAME_TAGS.has(g))) return false;
  if (k === sentenceFirst && /s$/.test(t.norm) && !t.tags.has('LastName')) return false;
  return true;
}
