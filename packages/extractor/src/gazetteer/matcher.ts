/**
 * The gazetteer's matcher: a surface's words with the gaps between them and a case rule, on
 * the one trie (text/trie.ts); longest-leftmost, non-overlapping matches in one pass.
 */
import { words, type Word } from '../text/tokens.js';
import { Trie, type TrieWalk } from '../text/trie.js';

/**
 * How two consecutive words are joined: ' ' for a plain gap (spaces, hyphens,
 * dashes, apostrophes: "Áp-ga-ni-xtan" = "Áp ga ni xtan"), '.' for an
 * abbreviation dot ("U.S."), '#' for anything that breaks a name (comma, newline…).
 */
export function gapClass(gap: string): ' ' | '.' | '#' {
  if (gap.length === 0) return ' ';
  if (gap.length <= 3 && /^[ \t\u00a0\-\u2010\u2011\u2013'\u2019]+$/.test(gap)) return ' ';
  if (/^\.[ \u00a0]?$/.test(gap)) return '.';
  return '#';
}

/**
 * How a surface must be written in the text to match:
 * - 'exact': every word exactly as listed (acronyms: "NATO", "EU", "US" — never "us");
 * - 'initial': the first letter must be upper-case, the rest may vary
 *   ("Liên Hợp Quốc" = "Liên hợp quốc", but "mỹ thuật" is not "Mỹ");
 * - 'any': any case (titles, "châu Âu").
 */
export type CaseRule = 'exact' | 'initial' | 'any';

interface Output<T> {
  value: T;
  caseRule: CaseRule;
  words: string[];
}
/** The surfaces sharing one key sequence, and whether one is written with a final dot. */
interface Outputs<T> {
  out: Output<T>[];
  dot: boolean;
}

/**
 * A match over tokens [first, last] (inclusive) of a tokenized text; `end` is the
 * character end, past a final abbreviation dot when the surface has one ("U.S.", "Mr.").
 */
export interface TokenMatch<T> {
  first: number;
  last: number;
  end: number;
  value: T;
}

/** Case rule implied by how a surface is written in the data (see CaseRule). */
export function defaultCaseRule(surface: string): CaseRule {
  const letters = surface.replace(/[^\p{L}]/gu, '');
  if (
    letters.length >= 1 &&
    letters === letters.toUpperCase() &&
    letters !== letters.toLowerCase() &&
    /^[\p{Lu}\p{N}.&+\- ]+$/u.test(surface) &&
    surface.replace(/\s/g, '').length <= 8
  )
    return 'exact';
  const first = letters[0] ?? '';
  return first !== '' && first !== first.toLowerCase() ? 'initial' : 'any';
}

const isUpper = (ch: string): boolean => ch !== ch.toLowerCase();

/** The key of word j of a match starting at word i: the gap's class before all but the first. */
const wordKey = (tokens: readonly Word[], i: number, j: number, text: string): string =>
  j === i ? tokens[j]!.key : gapClass(text.slice(tokens[j - 1]!.end, tokens[j]!.start)) + tokens[j]!.key;

/** Words keyed with their gaps; the first surface whose case rule the text meets. */
const WORDS: TrieWalk<Word, string, Outputs<unknown>, TokenMatch<unknown>> = {
  key: wordKey,
  accept(node, tokens, i, j, text) {
    const hit = node.out.find((o) => caseOk(o, tokens, i));
    return hit && { first: i, last: j, end: tokens[j]!.end + (node.dot && text[tokens[j]!.end] === '.' ? 1 : 0), value: hit.value };
  },
};

export class Matcher<T> {
  private readonly trie = new Trie<Outputs<T>>();
  /** Number of surfaces added. */
  size = 0;

  /** Adds a surface; the first value added for the same surface and case rule wins ties. */
  add(surface: string, value: T, caseRule: CaseRule = defaultCaseRule(surface)): void {
    const toks = words(surface);
    if (toks.length === 0) return;
    const output = { value, caseRule, words: toks.map((t) => t.text) };
    const dot = surface.trimEnd().endsWith('.');
    this.trie.update(
      toks.map((_, j) => wordKey(toks, 0, j, surface)),
      (old) => {
        const o = old ?? { out: [], dot: false };
        o.out.push(output);
        if (dot) o.dot = true;
        return o;
      },
    );
    this.size++;
  }

  /** The first word keys of all surfaces. */
  firstKeys(): Iterable<string> {
    return this.trie.firstKeys();
  }

  /** The longest match starting at token i, or undefined. */
  matchAt(text: string, tokens: Word[], i: number): TokenMatch<T> | undefined {
    // The first word's key is the token's own (no gap before it).
    if (i >= 0 && i < tokens.length && !this.trie.startsWith(tokens[i]!.key)) return undefined;
    return this.trie.longest(WORDS as TrieWalk<Word, string, Outputs<T>, TokenMatch<T>>, tokens, i, tokens.length, text);
  }

  /** All longest-leftmost non-overlapping matches in a text, as character spans. */
  find(text: string, tokens: Word[] = words(text)): Array<{ start: number; end: number; text: string; value: T }> {
    const out: Array<{ start: number; end: number; text: string; value: T }> = [];
    for (let i = 0; i < tokens.length; ) {
      const m = this.matchAt(text, tokens, i);
      if (!m) {
        i++;
        continue;
      }
      const start = tokens[m.first]!.start,
        end = m.end;
      out.push({ start, end, text: text.slice(start, end), value: m.value });
      i = m.last + 1;
    }
    return out;
  }
}

function caseOk(o: Output<unknown>, tokens: readonly Word[], i: number): boolean {
  if (o.caseRule === 'any') return true;
  if (o.caseRule === 'initial') return isUpper(tokens[i].text[0]);
  return o.words.every((w, k) => tokens[i + k].text === w);
}
