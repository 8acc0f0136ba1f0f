/**
 * Characters every match of a regex must contain, read off its source: the unquantified
 * ASCII punctuation literals of its top-level sequence ("\s*:\s*\S+" → [":"]). A text with
 * none of one of them cannot match, so a cheap `includes` spares the engine a try at every
 * position. Conservative: a top-level alternation, or any syntax not understood here, gives [].
 * Punctuation has no case variants, so the answer holds under the `i` flag too.
 */
export function requiredChars(source: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < source.length; ) {
    const atom = readAtom(source, i);
    if (!atom) return [];
    const q = readQuantifier(source, atom.end);
    if (!q) return [];
    if (atom.literal && !q.optional) out.add(atom.literal);
    i = q.end;
  }
  return [...out];
}

const PUNCT = /^[!-/:-@[-`{-~]$/;
const META = new Set(['(', ')', '[', ']', '{', '}', '|', '*', '+', '?', '\\', '^', '$', '.']);

interface Atom {
  end: number;
  literal?: string;
}

/** The atom starting at i (its end, and the character when it is a punctuation literal), or null. */
function readAtom(s: string, i: number): Atom | null {
  const c = s[i];
  if (c === '(') return endOf(skipGroup(s, i));
  if (c === '[') return endOf(skipClass(s, i));
  if (c === '\\') return readEscape(s, i);
  if (c === '^' || c === '$' || c === '.') return { end: i + 1 };
  if (META.has(c)) return null;
  return PUNCT.test(c) ? { end: i + 1, literal: c } : { end: i + 1 };
}

const endOf = (end: number): Atom | null => (end < 0 ? null : { end });

function readEscape(s: string, i: number): Atom | null {
  const e = s[i + 1];
  if (e === undefined) return null;
  if (PUNCT.test(e)) return { end: i + 2, literal: e };
  if ('dDwWsSbB'.includes(e)) return { end: i + 2 };
  if ((e === 'p' || e === 'P') && s[i + 2] === '{') {
    const close = s.indexOf('}', i + 3);
    return close < 0 ? null : { end: close + 1 };
  }
  return null;
}

/** Where the quantifier after an atom ends, and whether it allows zero repetitions; null if malformed. */
function readQuantifier(s: string, i: number): { end: number; optional: boolean } | null {
  const c = s[i];
  let end = i,
    optional = false;
  if (c === '*' || c === '?') {
    end = i + 1;
    optional = true;
  } else if (c === '+') end = i + 1;
  else if (c === '{') {
    const m = /^\{(\d+)(,\d*)?\}/.exec(s.slice(i));
    if (!m) return null;
    end = i + m[0].length;
    optional = Number(m[1]) === 0;
  }
  if (end > i && s[end] === '?') end++; // lazy
  return { end, optional };
}

/** Index past the group opened at i (escapes and classes inside skipped), or -1. */
function skipGroup(s: string, i: number): number {
  let depth = 0;
  for (let j = i; j < s.length; j++) {
    const c = s[j];
    if (c === '\\') j++;
    else if (c === '[') {
      j = skipClass(s, j) - 1;
      if (j < 0) return -1;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return j + 1;
  }
  return -1;
}

/** Index past the character class opened at i, or -1. */
function skipClass(s: string, i: number): number {
  for (let j = i + 1; j < s.length; j++) {
    if (s[j] === '\\') j++;
    else if (s[j] === ']') return j + 1;
  }
  return -1;
}
