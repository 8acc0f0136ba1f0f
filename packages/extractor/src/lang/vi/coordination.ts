/**
 * Coordinated argument lists: "X và Y", "X, Y và Z", "Mỹ và các đồng minh NATO".
 * A comma joins conjuncts only in a list closed by "và"/"cùng" ("Anh, Pháp và Đức"):
 * "Nga chỉ trích Anh, Pháp ủng hộ …" is two clauses, not a list.
 */
import type { Skeleton } from './clause.js';
import { joinedBy, type SentenceModel, type Unit } from './document.js';

type Tokens = SentenceModel['tokens'];

function skipClassifiers(sk: Skeleton, tokens: Tokens, j: number): number {
  while (j < tokens.length && sk.mark[j] === 'classifier') j = sk.spanEnd[j]!;
  return j;
}

/** The list starting at `first`, read rightwards. */
export function coordinatedRight(sk: Skeleton, tokens: Tokens, first: Unit): Unit[] {
  const list = [first];
  let pending: Unit[] = [];     // conjuncts after commas, kept once a "và" closes the list
  for (let u = first; ;) {
    const k = u.last + 1;
    const and = sk.mark[k] === 'coord';
    if (!and && tokens[k]?.text !== ',') break;
    const next = sk.unitAt.get(skipClassifiers(sk, tokens, and ? sk.spanEnd[k]! : k + 1));
    if (!next) break;
    if (and) { list.push(...pending, next); pending = []; } else pending.push(next);
    u = next;
  }
  return list;
}

/** The list ending at `last`, read leftwards. */
export function coordinatedLeft(sk: Skeleton, tokens: Tokens, last: Unit): Unit[] {
  const list = [last];
  let sawAnd = false;
  for (let u = last; ;) {
    let k = u.first - 1;
    while (k >= 0 && sk.mark[k] === 'classifier') k = sk.spanStart[k]! - 1;
    if (k < 0) break;
    const isAnd = sk.mark[k] === 'coord';
    const isComma = tokens[k]!.text === ',' && sawAnd;
    if (!isAnd && !isComma) break;
    const prev = sk.unitEnd.get(isAnd ? sk.spanStart[k]! - 1 : k - 1);
    if (!prev || !(isAnd ? joinedBy(tokens, sk.spanStart[k]!, u.first) : true)) break;
    sawAnd ||= isAnd;
    list.unshift(prev);
    u = prev;
  }
  return list;
}
