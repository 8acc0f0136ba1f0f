/**
 * Stage 2, sentences: the text and its words (tokens.ts) in; the sentences of text/sentences.ts
 * out as token ranges (abbreviations: compromise's list and the data file's).
 */
import { splitSentences as splitText } from '../../text/sentences.js';
import { isAbbreviation, type Token, type TokSentence } from './tokens.js';

/** The sentences of text/sentences.ts as token ranges; a sentence runs from its first word to its last with the closing punctuation. */
export function sentences(text: string, tokens: Token[]): TokSentence[] {
  const out: TokSentence[] = [];
  let k = 0;
  for (const s of splitText(text, isAbbreviation)) {
    const first = k;
    while (k < tokens.length && tokens[k].start < s.end) k++;
    if (k === first) continue;
    const t = tokens[k - 1];
    const start = tokens[first].start;
    // Keep the closing punctuation ('.', '."') inside the sentence span.
    const tail = /^[^\s\p{L}\p{N}]*/u.exec(t.post)?.[0] ?? '';
    const end = t.end + tail.length;
    out.push({ first, last: k, start, end, text: text.slice(start, end) });
  }
  return out;
}

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
