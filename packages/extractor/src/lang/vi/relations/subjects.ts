/**
 * Subjects that are not simply the name left of the verb:
 *  - a delegation's leader: "X dẫn đầu đoàn đại biểu Việt Nam thăm Y": X acts, the country only qualifies the delegation;
 *  - the subject of a clause whose first verb is no trigger: "X đã tới Nga và có cuộc hội đàm với Y".
 */
import type { Skeleton } from '../clauses.js';
import type { SentenceModel, Unit } from '../model.js';
import { clauseCues } from '../clauses/cues.js';
import { coordinatedRight } from '../clauses/coordination.js';

type Tokens = SentenceModel['tokens'];
const SKIP = new Set(['aux', 'neg', 'date', 'paren']);
const CLAUSE_EDGE = new Set(['boundary', 'speech', 'source', 'intro']);

/** The person leading the delegation that `u` (a country or body) qualifies, when the text says one leads it. */
export function delegationLeader(sk: Skeleton, tokens: Tokens, u: Unit): Unit | undefined {
  if (u.type === 'Person') return undefined;
  const cues = clauseCues();
  for (let k = u.first - 1; k >= 0 && u.first - k <= 6; k--) {
    if (sk.mark[k] === 'punct' || sk.unitEnd.has(k)) return undefined;
    const d = cues.delegation.at(tokens, k);
    if (!d || d.end > u.first) continue;
    for (let a = Math.max(0, k - 3); a < k; a++) {
      if (cues.lead.at(tokens, a)?.end !== k) continue;
      const leader = unitLeftOf(sk, a);
      return leader?.type === 'Person' ? leader : undefined;
    }
    return undefined;
  }
  return undefined;
}

/** The unit right before token `pos`, skipping aux/negation/dates. */
function unitLeftOf(sk: Skeleton, pos: number): Unit | undefined {
  for (let j = pos - 1; j >= 0; ) {
    const u = sk.unitEnd.get(j);
    if (u) return u;
    if (!SKIP.has(sk.mark[j]!)) return undefined;
    j = sk.spanStart[j]! - 1;
  }
  return undefined;
}

/**
 * The subject of the clause that token `j` (a coordinator, "đồng thời") continues: the first
 * argument of the clause, when nothing but dates and adverbs stands before it and the clause opens the
 * sentence or follows a speech verb or punctuation ("Ngày 5/3, X đã tới Nga và …", "khẳng định X đã kiềm
 * chế, kiên trì đối thoại, đồng thời yêu cầu Y …"). Comma-separated stretches with no argument (bare verb
 * phrases) are read through. Used when no earlier trigger gave a subject.
 */
export function clauseSubject(sk: Skeleton, tokens: Tokens, j: number): Unit[] | undefined {
  let start = sk.spanStart[j]! - 1,
    seen = false;
  for (; start >= 0; start--) {
    if (sk.unitEnd.has(start)) {
      seen = true;
      start = sk.unitEnd.get(start)!.first;
      continue;
    }
    const m = sk.mark[start]!;
    if (CLAUSE_EDGE.has(m)) break;
    if (m === 'punct' && tokens[start]!.text !== '(' && tokens[start]!.text !== ')' && (tokens[start]!.text !== ',' || seen)) break;
  }
  if (start >= 0 && sk.mark[start] === 'boundary') return undefined; // "theo Nga, …", "trong chuyến thăm Nga …": no subject there
  for (let k = start + 1; k < j; k++) {
    const u = sk.unitAt.get(k);
    if (u) return u.type === 'Location' ? undefined : coordinatedRight(sk, tokens, u);
    if (!SKIP.has(sk.mark[k]!) && sk.mark[k] !== 'classifier') return undefined;
    k = sk.spanEnd[k]! - 1;
  }
  return undefined;
}
