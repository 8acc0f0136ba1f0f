/**
 * A visit is made to a place; calling on a person is a meeting. "X thăm Hoàng Thái hậu Y",
 * "X đến thăm Giáo chủ Z": X MEET Y, never X VISIT <person> (VISIT takes a country, city or site).
 */
import type { EntityType, Predicate } from '../../../schema.js';
import type { Skeleton } from '../clauses.js';
import type { SentenceModel, Unit } from '../model.js';
import { clauseCues } from '../clauses/cues.js';

type Tokens = SentenceModel['tokens'];

export function visitPredicate(pred: Predicate, objectType: EntityType): Predicate {
  return pred === 'VISIT' && objectType === 'Person' ? 'MEET' : pred;
}

/**
 * The visitor of a visit noun standing in an adjunct ("trong khuôn khổ chuyến thăm Ấn Độ", "nhân dịp
 * chuyến thăm Lào"): the person or country the adjunct is attached to —
 *   "X, trong chuyến thăm Kiev, nói …": the unit right before the comma;
 *   "X hội đàm với Y …, trong khuôn khổ chuyến thăm Ấn Độ": the main clause's subject (`main`);
 *   "Trong chuyến thăm Lào, X đã hội kiến …": the first unit of the clause after the adjunct.
 */
export function visitAdjunctSubject(sk: Skeleton, tokens: Tokens, nounStart: number, nounEnd: number, main: Unit[] | undefined): Unit[] | undefined {
  const frame = clauseCues()['visit-frame'];
  let a = -1;
  for (let k = Math.max(0, nounStart - 3); k < nounStart && a < 0; k++) if (frame.at(tokens, k)?.end === nounStart) a = k;
  if (a < 0) return undefined;
  const actor = (u: Unit | undefined): Unit[] | undefined => (u && (u.type === 'Person' || u.type === 'Country') ? [u] : undefined);
  if (a > 0 && tokens[a - 1]!.text === ',') {
    const before = sk.unitEnd.get(a - 2);
    if (before && opensSentence(sk, before.first - 1)) return actor(before);
    return main?.every((u) => u.type === 'Person' || u.type === 'Country') ? main : undefined;
  }
  if (!opensSentence(sk, a - 1)) return undefined;
  // the adjunct opens the sentence: its actor follows the adjunct's closing comma
  let c = nounEnd;
  while (c < tokens.length && c - nounEnd <= 12 && tokens[c]!.text !== ',') c++;
  for (let k = c + 1; k < tokens.length; k = sk.spanEnd[k]!) {
    const u = sk.unitAt.get(k);
    if (u) return actor(u);
    const m = sk.mark[k];
    if (m !== 'aux' && m !== 'date' && m !== 'paren' && m !== 'classifier') return undefined;
  }
  return undefined;
}

/** Is token k (and all before it) only dates, adverbs or punctuation at the start of a sentence? */
function opensSentence(sk: Skeleton, k: number): boolean {
  for (; k >= 0; k = sk.spanStart[k]! - 1) {
    const m = sk.mark[k];
    if (m !== 'date' && m !== 'aux' && m !== 'paren' && m !== 'punct') return false;
  }
  return true;
}
