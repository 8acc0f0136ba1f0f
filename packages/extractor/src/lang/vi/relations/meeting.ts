/**
 * A meeting noun in an adjunct opening the sentence, with no sides of its own: "Tại cuộc hội đàm hôm
 * 14/11, Tổng thống X đã nêu một số vấn đề với Chủ tịch Y" → X MEET Y. The sides are the main clause's
 * subject (the first unit after the adjunct's comma) and the person or country after "với" in that
 * clause; both must be named, or there is no relation.
 */
import type { Skeleton } from '../clauses.js';
import type { SentenceModel, Unit } from '../model.js';
import { clauseCues } from '../clauses/cues.js';

type Tokens = SentenceModel['tokens'];
const ADJUNCT_REACH = 16; // tokens from the noun to the adjunct's closing comma
const SKIP = new Set(['aux', 'date', 'paren', 'classifier']);

export function meetingAdjunctSides(sk: Skeleton, tokens: Tokens, nounStart: number, nounEnd: number): [Unit, Unit] | undefined {
  const cues = clauseCues();
  let a = -1;
  for (let k = Math.max(0, nounStart - 2); k < nounStart && a < 0; k++) if (cues['meeting-frame'].at(tokens, k)?.end === nounStart) a = k;
  if (a < 0 || !opensSentence(sk, tokens, a - 1)) return undefined;
  let c = nounEnd;
  while (c < tokens.length && c - nounEnd <= ADJUNCT_REACH && tokens[c]!.text !== ',') c++;
  if (tokens[c]?.text !== ',') return undefined;
  let subject: Unit | undefined;
  for (let k = c + 1; k < tokens.length && !subject; k = sk.spanEnd[k]!) {
    subject = sk.unitAt.get(k);
    if (!subject && !SKIP.has(sk.mark[k]!)) return undefined;
  }
  if (!subject || subject.type !== 'Person') return undefined;
  // the other side: after "với" in the same clause
  for (let k = subject.last + 1; k < tokens.length; k++) {
    const m = sk.mark[k];
    if (m === 'boundary' || m === 'speech' || (m === 'punct' && !sk.unitEnd.has(k))) return undefined;
    const p = cues.partner.at(tokens, k);
    if (!p) continue;
    let j = p.end;
    while (j < tokens.length && sk.mark[j] === 'classifier') j = sk.spanEnd[j]!;
    const other = sk.unitAt.get(j);
    return other && (other.type === 'Person' || other.type === 'Country') && other.id !== subject.id ? [subject, other] : undefined;
  }
  return undefined;
}

/** Nothing but dates and adverbs before the adjunct, back to the sentence start or a comma ("Theo Nhà Trắng, tại cuộc hội đàm …"). */
function opensSentence(sk: Skeleton, tokens: Tokens, k: number): boolean {
  for (; k >= 0; k = sk.spanStart[k]! - 1) {
    const m = sk.mark[k];
    if (tokens[k]!.text === ',') return true;
    if (m !== 'date' && m !== 'aux' && m !== 'paren' && m !== 'punct') return false;
  }
  return true;
}
