/**
 * The one longest-match lookup over tokens: a trie over word keys, generic over the keys and
 * the values. The gazetteer's Matcher (gazetteer/matcher.ts) keys a surface's words with the
 * gaps between them; the lexicons' PhraseMatcher and WordsMatcher (text/phrases.ts) key
 * syllables and English words. Longest-leftmost, non-overlapping matching of many multi-word
 * surfaces costs one pass over the tokens (linear in text length times the depth of the
 * longest surface).
 */
interface TrieNode<V> {
  next: Map<string, TrieNode<V>>;
  value?: V;
}

/** Values under sequences of keys; the longest sequence read off the tokens from a given one. */
export class Trie<V> {
  private readonly root: TrieNode<V> = { next: new Map() };

  /** Sets the value under `keys` (non-empty) to `update(the value there, if any)`. */
  update(keys: readonly string[], update: (old: V | undefined) => V): void {
    let node = this.root;
    for (const k of keys) {
      let child = node.next.get(k);
      if (!child) node.next.set(k, (child = { next: new Map() }));
      node = child;
    }
    node.value = update(node.value);
  }

  /** The value under exactly `keys`, if any. */
  get(keys: readonly string[]): V | undefined {
    let node: TrieNode<V> | undefined = this.root;
    for (const k of keys) if (!(node = node.next.get(k))) return undefined;
    return node.value;
  }

  /**
   * Whether some sequence starts with `key`. Most tokens start none: a matcher asks this first,
   * a monomorphic Map look-up, before the walk, whose `key`/`accept` calls see every matcher's
   * walk and so are not inlined (about 9 in 10 look-ups of a Vietnamese document stop here).
   */
  startsWith(key: string): boolean {
    return this.root.next.has(key);
  }

  /** The first keys of all sequences (to skip tokens no sequence can start at). */
  firstKeys(): Iterable<string> {
    return this.root.next.keys();
  }

  /**
   * The longest match from token i (of the first n): follows walk.key(i), walk.key(i + 1), …
   * down the trie and returns what walk.accept gives for the deepest token j whose value it
   * accepts (a value may not fit the text: a case rule). `walk` is a module constant and `ctx`
   * what it needs besides the tokens (the gazetteer's: the text), so a look-up allocates no
   * closures: the lexicons' matchers run it at most tokens of a document.
   */
  longest<T, C, R>(walk: TrieWalk<T, C, V, R>, tokens: readonly T[], i: number, n: number, ctx: C): R | undefined {
    let node: TrieNode<V> | undefined = this.root;
    let best: R | undefined;
    for (let j = i; j < n; j++) {
      node = node.next.get(walk.key(tokens, i, j, ctx));
      if (node === undefined) break;
      if (node.value !== undefined) {
        const hit = walk.accept(node.value, tokens, i, j, ctx);
        if (hit !== undefined) best = hit;
      }
      if (node.next.size === 0) break;
    }
    return best;
  }
}

/** How a trie is read off tokens: the key of token j in a match from token i, and what a value found there gives. */
export interface TrieWalk<T, C, V, R> {
  key(tokens: readonly T[], i: number, j: number, ctx: C): string;
  accept(value: V, tokens: readonly T[], i: number, j: number, ctx: C): R | undefined;
}
