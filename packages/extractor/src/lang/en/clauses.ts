/**
 * Stage 5, clauses: a sentence's words in; its clauses out as token ranges (`clausesOf`, called
 * per sentence by relations/sentence.ts).
 *
 * Relations are looked for inside one clause, so "Russia rejected the plan; NATO backed it"
 * cannot pair Russia with NATO. A clause ends at ";", ":", a dash or a quotation boundary, and
 * before a coordinating or subordinating word that follows a comma (", and", ", while",
 * ", after", ", which"; wire style writes lists without the serial comma).
 */
import type { Token, TokSentence } from './tokens.js';
import type { EnLexicon } from './lexicon.js';

export interface Clause {
  first: number;
  last: number;
}

const HARD_BREAK = /[;:—–]|["“”]/;

/** Splits a sentence into clauses. */
export function clausesOf(tokens: Token[], s: TokSentence, lex: EnLexicon): Clause[] {
  const openers = lex.fw['clause-opener'];
  const out: Clause[] = [];
  let first = s.first;
  for (let i = s.first; i < s.last - 1; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    // Most gaps are one space with nothing glued to the next word: no regex for them.
    const plain = t.post === ' ' && next.pre === '';
    const breakAfter = !plain && (HARD_BREAK.test(t.post) || HARD_BREAK.test(next.pre) || (/,/.test(t.post) && openers.has(next.norm)));
    if (breakAfter) {
      out.push({ first, last: i + 1 });
      first = i + 1;
    }
  }
  out.push({ first, last: s.last });
  return out;
}
