/**
 * Longest-match lookup of multi-syllable phrases over a token array. Entries are
 * indexed by their first syllable, so a lookup costs one Map hit plus a check of
 * the few entries that start with that syllable (no regex, no quadratic scan).
 */
import { phraseKey, type Token } from './tokens.js';

export interface PhraseMatch<V> {
  start: number;
  end: number;
  value: V;
} // token indexes, end exclusive

export class PhraseMatcher<V> {
  private readonly byFirst = new Map<string, { syl: string[]; value: V }[]>();

  constructor(entries: Iterable<[string, V]> = []) {
    for (const [p, v] of entries) this.add(p, v);
  }

  /** Adds a phrase (any case; compared on lower-cased syllables). Later entries for the same phrase win. */
  add(phrase: string, value: V): void {
    const syl = phraseKey(phrase).split(' ').filter(Boolean);
    if (syl.length === 0) return;
    const list = this.byFirst.get(syl[0]!) ?? [];
    const same = list.findIndex((e) => e.syl.join(' ') === syl.join(' '));
    if (same >= 0) list.splice(same, 1);
    list.push({ syl, value });
    list.sort((a, b) => b.syl.length - a.syl.length);
    this.byFirst.set(syl[0]!, list);
  }

  /** The longest entry starting at token `i`, or undefined. */
  at(tokens: readonly Token[], i: number): PhraseMatch<V> | undefined {
    const list = this.byFirst.get(tokens[i]?.lower ?? '');
    if (!list) return undefined;
    for (const e of list) {
      if (i + e.syl.length > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < e.syl.length; k++)
        if (tokens[i + k]!.lower !== e.syl[k]) {
          ok = false;
          break;
        }
      if (ok) return { start: i, end: i + e.syl.length, value: e.value };
    }
    return undefined;
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
    return this.byFirst.keys();
  }

  has(phrase: string): boolean {
    const syl = phraseKey(phrase);
    return (this.byFirst.get(syl.split(' ')[0]!) ?? []).some((e) => e.syl.join(' ') === syl);
  }
}
