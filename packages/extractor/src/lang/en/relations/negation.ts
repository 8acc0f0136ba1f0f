/**
 * Negation of an event: a cue from data/lexicons/en/negation.tsv ("not", "n't",
 * "never", "no plans to", "failed to") between the subject and the trigger.
 */
import type { Token } from '../tokens.js';
import type { EnLexicon } from '../lexicon.js';

/** Is there a negation cue in tokens [from, to)? */
export function negatedBetween(tokens: Token[], from: number, to: number, lex: EnLexicon): boolean {
  for (let k = from; k < to; k++) if (lex.negation.at(tokens, k, to)) return true;
  return false;
}
