/**
 * Acronyms defined in a text: "North Atlantic Treaty Organization (NATO)",
 * "Liên minh châu Âu (EU)", and the reverse "NATO (Tổ chức Hiệp ước Bắc Đại Tây Dương)".
 * English long forms are found by their initials (Schwartz & Hearst 2003); Vietnamese
 * long forms of English acronyms by the word that begins a body's name (org-heads.tsv).
 */
import type { Lang } from '../types.js';
import { slugify, foldDiacritics } from '../names/slugify.js';
import { DATA_SET } from './entries.js';
import { lookupName } from './lookup.js';
import { words as wordsOf, type Word } from '../text/tokens.js';
import type { AcronymDefinition, GazetteerEntry } from './types.js';

const PAREN = /\(\s*([^()]{1,120}?)\s*\)/gu;
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&.\-]{1,11}$/u;
const MAX_WORDS = 14;

const isUpperInitial = (w: string): boolean => w[0] !== w[0].toLowerCase();
const UPPER_G = /\p{Lu}/gu;
const upperCount = (s: string): number => (s.match(UPPER_G) ?? []).length;

/** The words before an opening parenthesis, back to the previous sentence boundary, at most MAX_WORDS. */
function windowBefore(text: string, parenAt: number): Word[] {
  const lo = Math.max(0, parenAt - 300);
  const chunk = text.slice(lo, parenAt);
  const cut = Math.max(...['.', '!', '?', ';', ':', '\n', '(', ')', '"', '“', '”'].map((c) => chunk.lastIndexOf(c)));
  const from = lo + cut + 1;
  return wordsOf(text.slice(from, parenAt))
    .map((t) => ({ ...t, start: t.start + from, end: t.end + from }))
    .slice(-MAX_WORDS);
}

/** Schwartz & Hearst: the shortest word-suffix whose letters contain the acronym's, the first at a word start. */
function byInitials(text: string, words: Word[], short: string): number | undefined {
  const letters = foldDiacritics(short)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  if (letters.length < 2) return undefined;
  const limit = Math.min(letters.length + 5, letters.length * 2);
  for (let k = words.length - 1; k >= Math.max(0, words.length - limit); k--) {
    if (foldDiacritics(words[k].text)[0]?.toLowerCase() !== letters[0]) continue;
    const long = foldDiacritics(text.slice(words[k].start, words[words.length - 1].end)).toLowerCase();
    let li = long.length - 1;
    let ok = true;
    for (let si = letters.length - 1; si >= 0 && ok; si--) {
      const ch = letters[si];
      while (li >= 0 && (long[li] !== ch || (si === 0 && li > 0 && /[a-z0-9]/.test(long[li - 1])))) li--;
      if (li < 0) ok = false;
      li--;
    }
    if (ok) return k;
  }
  return undefined;
}

/** The earliest capitalised head word after the last comma of the window, else the earliest before it. */
function byHead(text: string, words: Word[]): number | undefined {
  const heads = DATA_SET.orgHeads.vi;
  const starts: number[] = [];
  for (let k = 0; k < words.length; k++) {
    if (!isUpperInitial(words[k].text)) continue;
    for (let n = 1; n <= 3 && k + n <= words.length; n++)
      if (
        heads.has(
          words
            .slice(k, k + n)
            .map((w) => w.key)
            .join(' '),
        )
      ) {
        starts.push(k);
        break;
      }
  }
  if (starts.length === 0) return undefined;
  const lastComma = text.lastIndexOf(',', words[words.length - 1].end);
  const after = starts.filter((k) => words[k].start > lastComma);
  return after.length > 0 ? after[0] : starts[0];
}

/** The trailing run of capitalised words (with name-connectors.tsv words inside), if it has two or more words. */
function byCapitals(words: Word[]): number | undefined {
  let k = words.length;
  while (k > 0 && (isUpperInitial(words[k - 1].text) || DATA_SET.nameConnectors.has(words[k - 1].key))) k--;
  while (k < words.length && !isUpperInitial(words[k].text)) k++;
  return words.length - k >= 2 ? k : undefined;
}

/**
 * Acronym definitions in a text, in order. `start`/`end` span the long form,
 * `shortStart`/`shortEnd` the acronym.
 */
export function learnAcronyms(text: string): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  for (const m of text.matchAll(PAREN)) {
    const open = m.index!;
    const inner = m[1];
    const innerStart = open + m[0].indexOf(inner);
    if (ACRONYM.test(inner) && upperCount(inner) >= 2) {
      const words = windowBefore(text, open);
      if (words.length === 0) continue;
      const k = byHead(text, words) ?? byInitials(text, words, inner) ?? byCapitals(words);
      if (k === undefined || words.length - k < 2) continue;
      const start = words[k].start,
        end = words[words.length - 1].end;
      out.push({ long: text.slice(start, end), short: inner, start, end, shortStart: innerStart, shortEnd: innerStart + inner.length });
      continue;
    }
    // Reverse form: "NATO (Tổ chức Hiệp ước …)": an acronym right before a capitalised phrase in parentheses.
    const before = /([\p{Lu}][\p{Lu}\p{N}&.\-]{1,11})\s*$/u.exec(text.slice(Math.max(0, open - 16), open));
    const innerWords = wordsOf(inner);
    if (before && upperCount(before[1]) >= 2 && innerWords.length >= 2 && isUpperInitial(inner) && !ACRONYM.test(inner)) {
      const shortEnd = open - (text.slice(0, open).length - text.slice(0, open).trimEnd().length);
      const shortStart = shortEnd - before[1].length;
      if (shortStart > 0 && /[\p{L}\p{N}]/u.test(text[shortStart - 1])) continue;
      out.push({ long: inner, short: before[1], start: innerStart, end: innerStart + inner.length, shortStart, shortEnd });
    }
  }
  return out;
}

/**
 * The entity an acronym definition names: the known entry of the acronym or of the
 * long form, else a new Organization with the long form as its name and the acronym's
 * slug as its id (so the same unknown acronym merges across documents).
 */
export function acronymEntry(def: AcronymDefinition, lang: Lang): GazetteerEntry {
  const known = lookupName(def.short, lang) ?? lookupName(def.long, lang);
  if (known) return known;
  return { id: slugify(def.short), name: def.long, type: 'Organization', surface: def.short, lang, acronym: def.short };
}
