/**
 * Longest-match lookup of lexicon phrases over syllable tokens, on the gazetteer's trie
 * (gazetteer/matcher.ts) keyed by the tokens' foldKeys: one Map step per token matched.
 */
import { Trie, type TrieWalk } from '../gazetteer/matcher.js';
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
    if (i < 0) return undefined;
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
