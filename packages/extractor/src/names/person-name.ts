/**
 * Person-name comparison for merging mentions across documents: spelling variants
 * ("Sergey"/"Sergei"), typos ("Valdimir"), initials ("C. Ashton"), hyphenation
 * ("Ban Ki moon"), omitted middle names ("Anders Rasmussen"). Conservative: the
 * surnames must agree and every given name of the shorter form must find a
 * compatible given name, in order, in the longer one.
 */
import { damerauLevenshtein } from './distance.js';
import { foldDiacritics } from './slugify.js';

/** A name split into comparable parts: folded lower-case tokens; the last one is the surname. */
export interface NameParts {
  tokens: string[];
  given: string[];
  surname: string;
  /** The tokens joined by spaces: two names with the same key are the same name. */
  key: string;
}

/** A name, or its parts already parsed (the merge parses each name once and compares parts). */
export type NameLike = string | NameParts;
const partsOf = (n: NameLike): NameParts => (typeof n === 'string' ? parseName(n) : n);

const PARSED = new Map<string, NameParts>();

/** "C. Ashton" → {given: ['c'], surname: 'ashton'}; "Ban Ki-moon" → tokens ban, ki, moon. */
export function parseName(name: string): NameParts {
  let p = PARSED.get(name);
  if (!p) {
    const tokens = foldDiacritics(name)
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    p = { tokens, given: tokens.slice(0, -1), surname: tokens[tokens.length - 1] ?? '', key: tokens.join(' ') };
    if (PARSED.size > 100_000) PARSED.clear();
    PARSED.set(name, p);
  }
  return p;
}

// Blocking keys are 30-bit FNV-1a hashes: V8 small integers, which a Map hashes and compares
// without building or hashing a string (a large corpus has millions of keys). Equal strings give
// equal keys; two strings whose keys collide only make one more candidate pair, which the name
// comparison then rejects.
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const KEY_BITS = 0x3fffffff;
/** One step over a 0 code unit: separates the parts hashed into one key ("ab"+"c" is not "a"+"bc"). */
const separator = (h: number): number => Math.imul(h, FNV_PRIME);

/** FNV-1a of `text` from state `h`, leaving out the code units at `skipA` and `skipB` (-1: none). */
function fnv(h: number, text: string, skipA = -1, skipB = -1): number {
  for (let i = 0; i < text.length; i++) if (i !== skipA && i !== skipB) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

/** A block key narrowed by more text (the merge adds a given name's initial): a key of the pair. */
export const blockKeyWith = (key: number, text: string): number => fnv(separator(key), text) & KEY_BITS;

/**
 * Blocking keys of a surname: every key two compatible surnames share at least one of
 * (the token and its one-letter deletions; two-letter deletions for long tokens, which
 * tolerate two edits), as numbers, each a hash of `prefix` and the (shortened) token. Lets the
 * merge compare only candidate pairs.
 */
export function surnameBlockKeys(token: string, prefix = ''): number[] {
  const seed = separator(fnv(FNV_OFFSET, prefix));
  const keys = new Set([fnv(seed, token) & KEY_BITS]);
  for (let i = 0; i < token.length; i++) {
    keys.add(fnv(seed, token, i) & KEY_BITS);
    if (token.length >= 10) for (let j = i + 1; j < token.length; j++) keys.add(fnv(seed, token, i, j) & KEY_BITS);
  }
  return [...keys];
}

/**
 * Two tokens name the same: equal; an initial and a name it begins ("c" ~ "catherine");
 * long tokens within a small Damerau-Levenshtein distance with the same first letter
 * ("sergey" ~ "sergei", "valdimir" ~ "vladimir"); short tokens only when one is the other
 * plus one letter ("fog" ~ "fogh", not "jon" ~ "jan").
 */
export function tokensCompatible(a: string, b: string, allowInitial = true): boolean {
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return allowInitial && a[0] === b[0];
  if (a[0] !== b[0]) return false;
  const min = Math.min(a.length, b.length);
  const d = damerauLevenshtein(a, b);
  if (min >= 10) return d <= 2;
  if (min >= 5) return d <= 1;
  return min >= 3 && Math.abs(a.length - b.length) === 1 && d === 1;
}

/** Whether each token of `short` matches a distinct token of `long`, in order. */
function alignsInOrder(short: string[], long: string[]): boolean {
  let j = 0;
  for (const t of short) {
    while (j < long.length && !tokensCompatible(t, long[j])) j++;
    if (j === long.length) return false;
    j++;
  }
  return true;
}

/**
 * Whether two full names (two or more tokens each) can name the same person.
 * "Sergey Lavrov" ~ "Sergei Lavrov"; "C. Ashton" ~ "Catherine Ashton";
 * "Anders Fog Rasmussen" ~ "Anders Fogh Rasmussen"; not "Bill Clinton" ~ "Hillary Clinton".
 */
export function namesMatch(a: NameLike, b: NameLike): boolean {
  const pa = partsOf(a),
    pb = partsOf(b);
  if (pa.tokens.length < 2 || pb.tokens.length < 2) return false;
  if (pa.key === pb.key) return true;
  if (!tokensCompatible(pa.surname, pb.surname, false)) return false;
  const [short, long] = pa.given.length <= pb.given.length ? [pa.given, pb.given] : [pb.given, pa.given];
  // The first given name must agree: "George W. Bush" ~ "George Bush", never "W. Bush" ~ "George Bush" by skipping.
  return tokensCompatible(short[0], long[0]) && alignsInOrder(short, long);
}

/** Whether a one-word name ("Lavrov") is the surname of a full name ("Sergei Lavrov"); typos allowed as for surnames. */
export function surnameMatches(surname: NameLike, fullName: NameLike): boolean {
  const s = partsOf(surname),
    f = partsOf(fullName);
  return s.tokens.length === 1 && f.tokens.length >= 2 && tokensCompatible(s.surname, f.surname, false);
}

/**
 * Whether a one-word name is the first word of a full name of three or more words, the
 * way the press shortens East Asian names ("ông Ban" for Ban Ki-moon, "ông Tập" for Tập
 * Cận Bình). Used only when no surname matches, and only when unique.
 */
export function firstNameMatches(word: NameLike, fullName: NameLike): boolean {
  const s = partsOf(word),
    f = partsOf(fullName);
  return s.tokens.length === 1 && f.tokens.length >= 3 && f.tokens[0].length > 1 && s.tokens[0] === f.tokens[0];
}

/** How full a name is: its tokens that are not initials. */
const fullness = (name: string): number => parseName(name).tokens.filter((t) => t.length > 1).length;

/**
 * The canonical form among variants of one name: the fullest (most non-initial tokens),
 * then the most frequent, then the longest (a dropped letter is a likelier slip than an added
 * one: "Fog" vs "Fogh"), then the lexicographically first — deterministic.
 */
export function canonicalName(variants: Array<{ name: string; count: number }>): string {
  const counts = new Map<string, number>();
  for (const v of variants) counts.set(v.name, (counts.get(v.name) ?? 0) + v.count);
  const ranked = [...counts].sort(([a, ca], [b, cb]) => fullness(b) - fullness(a) || cb - ca || b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  if (ranked.length === 0) throw new Error('kg names: canonicalName needs at least one variant');
  return ranked[0][0];
}
