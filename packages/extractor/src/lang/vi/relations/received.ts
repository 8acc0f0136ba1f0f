/**
 * Support or aid named from the receiver's side (cues in data/lexicons/vi/received.tsv):
 *   "Kiev nhận được sự hỗ trợ của phương Tây"          giver after "của"/"từ", receiver = subject
 *   "Lực lượng A, B, với sự hậu thuẫn từ C, đã …"      receiver = the name list opening the sentence
 *   "Với sự giúp đỡ của C, A đã …"                      receiver = the subject after the adjunct
 */
import type { Skeleton } from '../clauses.js';
import type { SentenceModel, Unit } from '../model.js';
import { coordinatedRight } from '../clauses/coordination.js';
import { PhraseMatcher } from '../../../text/phrases.js';
import { readTsvCells } from '../../../text/tsv.js';

type Tokens = SentenceModel['tokens'];
type Kind = 'receive' | 'with' | 'giver';

const CUES = new PhraseMatcher<Kind>(readTsvCells(new URL('../../../../data/lexicons/vi/received.tsv', import.meta.url), 2).map(([p, k]) => [p!, k as Kind]));
const QUOTES = new Set(['"', '“', '”', '‘', '’', "'"]);

export interface Received {
  givers: Unit[];
  /** 'receive': the receiver is the subject left of `cue`; else the receivers found here. */
  kind: 'receive' | 'with';
  cue: number;
  receivers?: Unit[];
  after: number;
}

/** Is the noun at [start, end) the object of a receiving cue, with its giver after it? */
export function receivedAt(sk: Skeleton, tokens: Tokens, start: number, end: number): Received | undefined {
  let cue: { start: number; kind: Kind } | undefined;
  for (let a = Math.max(0, start - 2); a < start && !cue; a++) {
    const m = CUES.at(tokens, a);
    if (m && m.end === start && m.value !== 'giver') cue = { start: a, kind: m.value };
  }
  if (!cue) return undefined;
  const g = CUES.at(tokens, end);
  let j = g?.value === 'giver' ? g.end : -1;
  while (j >= 0 && j < tokens.length && sk.mark[j] === 'classifier') j = sk.spanEnd[j]!;
  const first = j >= 0 ? sk.unitAt.get(j) : undefined;
  if (!first) return undefined;
  const givers = coordinatedRight(sk, tokens, first);
  const after = givers[givers.length - 1]!.last + 1;
  if (cue.kind === 'receive') return { givers, kind: 'receive', cue: cue.start, after };
  const receivers = cue.start === 0 || QUOTES.has(tokens[cue.start - 1]!.text) ? following(sk, tokens, after) : opening(sk, tokens, cue.start);
  return receivers ? { givers, kind: 'with', cue: cue.start, receivers, after } : undefined;
}

/** "Với sự hỗ trợ của C, A và B đã …": the list right after the adjunct's comma. */
function following(sk: Skeleton, tokens: Tokens, j: number): Unit[] | undefined {
  if (tokens[j]?.text !== ',') return undefined;
  let k = j + 1;
  while (k < tokens.length && sk.mark[k] === 'classifier') k = sk.spanEnd[k]!;
  const u = sk.unitAt.get(k);
  return u ? coordinatedRight(sk, tokens, u) : undefined;
}

/** "A, B, với sự …": names joined by commas or "và" from the sentence start (quotes and classifiers aside) to the comma before the cue. */
function opening(sk: Skeleton, tokens: Tokens, cue: number): Unit[] | undefined {
  if (tokens[cue - 1]?.text !== ',') return undefined;
  const list: Unit[] = [];
  let j = cue - 2;
  for (;;) {
    const u = sk.unitEnd.get(j);
    if (!u) return undefined;
    list.unshift(u);
    let k = u.first - 1;
    while (k >= 0 && (sk.mark[k] === 'classifier' || QUOTES.has(tokens[k]!.text))) k = sk.mark[k] === 'classifier' ? sk.spanStart[k]! - 1 : k - 1;
    if (k < 0) return list;
    if (tokens[k]!.text !== ',' && sk.mark[k] !== 'coord') return undefined;
    j = sk.spanStart[k]! - 1;
  }
}
