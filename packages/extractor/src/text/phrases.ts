/**
 * Longest-match lookups of lexicon phrases over tokens, on the gazetteer's trie
 * (gazetteer/matcher.ts): PhraseMatcher keys Vietnamese syllable tokens by foldKey,
 * WordsMatcher English tokens by norm. One Map step per token matched.
 */
import { Trie, type TrieWalk } from './trie.js';
import { phraseKey, type Token } from './tokens.js';

export interface PhraseMatch<V> {
  start: number;
  end: number;
  value: V;
} // token indexes, end exclusive

const keys = (phrase: string): string[] => phraseKey(phrase).split(' ').filter(Boolean);

/** Syllable tokens keyed by their foldKey. */
const SYLLABLES: TrieWalk<Token, undefined, unknown, PhraseMatch<unknown>> = {
  key: (tokens, _i, j) => tokens[j]!.lower,
  accept: (value, _tokens, i, j) => ({ start: i, end: j + 1, value }),
};

export class PhraseMatcher<V> {
  private readonly trie = new Trie<V>();

  constructor(entries: Iterable<[string, V]> = []) {
    for (const [p, v] of entries) this.add(p, v);
  }

  /** Adds a phrase (any case; compared on lower-cased syllables). Later entries for the same phrase win. */
  add(phrase: string, value: V): void {
    const syl = keys(phrase);
    if (syl.length > 0) this.trie.update(syl, () => value);
  }

  /** The longest entry starting at token `i`, or undefined. */
  at(tokens: readonly Token[], i: number): PhraseMatch<V> | undefined {
    if (i < 0 || i >= tokens.length || !this.trie.startsWith(tokens[i]!.lower)) return undefined;
    return this.trie.longest(SYLLABLES as TrieWalk<Token, undefined, V, PhraseMatch<V>>, tokens, i, tokens.length, undefined);
  }

  /** Non-overlapping longest matches, left to right. */
  all(tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch<V>[] {
    const out: PhraseMatch<V>[] = [];
    for (let i = from; i < to; ) {
      const m = this.at(tokens, i);
      if (m && m.end <= to) {
        out.push(m);
        i = m.end;
      } else i++;
    }
    return out;
  }

  /** First syllables of all entries (to skip tokens no entry can start at). */
  firstSyllables(): Iterable<string> {
    return this.trie.firstKeys();
  }

  has(phrase: string): boolean {
    return this.trie.get(keys(phrase)) !== undefined;
  }
}

/** Whether token j may be inside a match starting at token i (a module constant, so a look-up allocates no closure). */
export type Joins<T> = (tokens: readonly T[], i: number, j: number) => boolean;

/** A token keyed by its lower-case form (the English plugin's tokens). */
interface Normed {
  norm: string;
}

const NO_KEY = '\u0000'; // in no sequence: the walk stops there

const FORWARD: TrieWalk<Normed, Joins<Normed> | undefined, unknown, PhraseMatch<unknown>> = {
  key: (tokens, i, j, joins) => (joins === undefined || joins(tokens, i, j) ? tokens[j]!.norm : NO_KEY),
  accept: (value, _tokens, i, j) => ({ start: i, end: j + 1, value }),
};
// Backwards from token i: step j reads token 2i - j (i, i - 1, …), over a trie of reversed sequences.
const BACKWARD: TrieWalk<Normed, undefined, unknown, PhraseMatch<unknown>> = {
  key: (tokens, i, j) => tokens[2 * i - j]!.norm,
  accept: (value, _tokens, i, j) => ({ start: 2 * i - j, end: i + 1, value }),
};

/**
 * Sequences of lower-case words ("member states", "led by") matched on tokens' `norm`, on the
 * same trie: the longest starting at a token, or ending at one. The first entry for a sequence wins.
 */
export class WordsMatcher<V> {
  private readonly trie = new Trie<V>();
  private readonly entries: Array<[readonly string[], V]> = [];
  private reversed: Trie<V> | undefined;

  constructor(entries: Iterable<readonly [readonly string[], V]> = []) {
    for (const [w, v] of entries) this.add(w, v);
  }

  add(words: readonly string[], value: V): void {
    if (words.length === 0) return;
    this.trie.update(words, (old) => old ?? value);
    this.entries.push([words, value]);
    this.reversed = undefined;
  }

  /** The longest sequence starting at token i and ending before token n; with `joins`, only over tokens it allows. */
  at<T extends Normed>(tokens: readonly T[], i: number, n = tokens.length, joins?: Joins<T>): PhraseMatch<V> | undefined {
    if (i < 0) return undefined;
    // No sequence starts with the token: no match, whatever `joins` says.
    if (i < n && i < tokens.length && !this.trie.startsWith(tokens[i]!.norm)) return undefined;
    return this.trie.longest(FORWARD as TrieWalk<T, Joins<T> | undefined, V, PhraseMatch<V>>, tokens, i, n, joins);
  }

  /** The longest sequence ending at token `last` and starting at `from` or after. */
  endingAt<T extends Normed>(tokens: readonly T[], last: number, from = 0): PhraseMatch<V> | undefined {
    if (last >= tokens.length) return undefined;
    if (!this.reversed) {
      this.reversed = new Trie<V>();
      for (const [w, v] of this.entries) this.reversed.update([...w].reverse(), (old) => old ?? v);
    }
    return this.reversed.longest(BACKWARD as TrieWalk<T, undefined, V, PhraseMatch<V>>, tokens, last, 2 * last - Math.max(from, 0) + 1, undefined);
  }

  /** First words of all sequences. */
  firstWords(): Iterable<string> {
    return this.trie.firstKeys();
  }
}
