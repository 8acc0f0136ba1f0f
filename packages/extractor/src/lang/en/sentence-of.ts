/** Finding a token's sentence without scanning the article's sentences each time. */
import type { TokSentence } from './tokens.js';

/** The sentence holding token k (sentences are ordered, disjoint token ranges), by binary search. */
export function sentenceOf(sentences: TokSentence[], k: number): TokSentence | undefined {
  let lo = 0,
    hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sentences[mid].last <= k) lo = mid + 1;
    else hi = mid;
  }
  const s = sentences[lo];
  return s && s.first <= k && k < s.last ? s : undefined;
}
