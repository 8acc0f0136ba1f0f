/**
 * Coordinated argument lists: "X và Y", "X, Y và Z", "Mỹ và các đồng minh NATO".
 * A comma joins conjuncts only in a list closed by "và"/"cùng" ("Anh, Pháp và Đức"):
 * "Nga chỉ trích Anh, Pháp ủng hộ …" is two clauses, not a list.
 */
import type { Skeleton } from '../clauses.js';
import type { SentenceModel, Unit } from '../model.js';
import { clauseCues } from './cues.js';
import { viLexicon } from '../lexicon.js';

type Tokens = SentenceModel['tokens'];

function skipClassifiers(sk: Skeleton, tokens: Tokens, j: number): number {
  while (j < tokens.length && sk.mark[j] === 'classifier') j = sk.spanEnd[j]!;
  return j;
}

/**
 * The unit that a run of capitalised words starting at j leads into ("Samdech Akka Moha Heng Samrin":
 * styles and honorifics the name matcher left outside the unit), if any: those words belong to the name.
 */
export function nameLeadIn(sk: Skeleton, tokens: Tokens, j: number, max = 6): Unit | undefined {
  for (let k = j; k < tokens.length && k - j <= max; k++) {
    const u = sk.unitAt.get(k);
    if (u) return k > j ? u : undefined;
    const t = tokens[k]!;
    if (!t.word || !t.cap || sk.mark[k] !== '') return undefined;
  }
  return undefined;
}

/** Does a unit hold an appositive ("Say Chhum, Chủ tịch Thượng viện")? Then ";" separates such conjuncts. */
function hasInnerComma(tokens: Tokens, u: Unit): boolean {
  for (let k = u.first; k <= u.last; k++) if (tokens[k]!.text === ',') return true;
  return false;
}

/** The list starting at `first`, read rightwards. */
export function coordinatedRight(sk: Skeleton, tokens: Tokens, first: Unit): Unit[] {
  const list = [first];
  let pending: Unit[] = []; // conjuncts after commas, kept once a "và" closes the list
  for (let u = first; ; ) {
    const k = u.last + 1;
    const and = sk.mark[k] === 'coord';
    const sep = tokens[k]?.text === ',' || (tokens[k]?.text === ';' && hasInnerComma(tokens, u));
    if (!and && !sep) break;
    const at = skipClassifiers(sk, tokens, and ? sk.spanEnd[k]! : k + 1);
    const next = sk.unitAt.get(at) ?? nameLeadIn(sk, tokens, at);
    if (!next) break;
    if (and) {
      list.push(...pending, next);
      pending = [];
    } else pending.push(next);
    u = next;
  }
  return list;
}

/**
 * "Ông X cùng Thủ tướng Đức Y, Tổng thống Ukraine Z đề nghị …": persons joined by a comitative
 * ("cùng") and then commas, the list opening the clause. Read leftwards from the last person.
 */
function comitativeList(sk: Skeleton, tokens: Tokens, last: Unit): Unit[] | undefined {
  const cues = clauseCues();
  const list = [last];
  for (let u = last; ; ) {
    let k = u.first - 1;
    while (k >= 0 && sk.mark[k] === 'classifier') k = sk.spanStart[k]! - 1;
    if (k < 0 || u.type !== 'Person') return undefined;
    if (tokens[k]!.text === ',') {
      const prev = sk.unitEnd.get(k - 1);
      if (!prev) return undefined;
      list.unshift(prev);
      u = prev;
      continue;
    }
    const start = sk.spanStart[k]!;
    if (sk.mark[k] !== 'coord' || cues.comitative.at(tokens, start)?.end !== k + 1 || list.length < 2) return undefined;
    const head = sk.unitEnd.get(start - 1);
    if (!head || head.type !== 'Person' || !opensClause(sk, tokens, head.first - 1)) return undefined;
    return [head, ...list];
  }
}

/** Does nothing but dates and adverbs stand between the clause start and token k (inclusive)? */
function opensClause(sk: Skeleton, tokens: Tokens, k: number): boolean {
  for (; k >= 0; k = sk.spanStart[k]! - 1) {
    const m = sk.mark[k];
    if (m === 'punct' || m === 'boundary' || m === 'speech') return true;
    if (m !== 'date' && m !== 'aux' && m !== 'paren') return false;
  }
  return true;
}

/** The list ending at `last`, read leftwards. */
export function coordinatedLeft(sk: Skeleton, tokens: Tokens, last: Unit): Unit[] {
  const comitative = tokens[last.first - 1]?.text === ',' ? comitativeList(sk, tokens, last) : undefined;
  if (comitative) return comitative;
  const list = [last];
  let sawAnd = false;
  for (let u = last; ; ) {
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

/** Two units joined by "và"/"cùng" (classifiers allowed): "Nga và NATO", "Mỹ và các đồng minh NATO". */
export function joinedBy(tokens: Tokens, from: number, to: number): boolean {
  const lex = viLexicon();
  const c = lex.mod.coord.at(tokens, from);
  if (!c) return false;
  let j = c.end;
  while (j < to) {
    const cl = lex.mod.classifier.at(tokens, j);
    if (!cl) break;
    j = cl.end;
  }
  return j === to;
}
