/**
 * Votes on drafts (cues in data/lexicons/vi/votes.tsv), the way the press reports a council vote:
 *   "dự thảo nghị quyết do Mỹ soạn thảo"            sponsor Mỹ PROPOSE the voting body
 *   "Hội đồng Bảo an không thông qua dự thảo …"      body REJECT the sponsors; "phủ quyết" too
 *   "9 phiếu thuận, 3 phiếu chống (Nga, Trung Quốc)"  voters SUPPORT / OPPOSE the sponsor
 *   "Pháp bỏ phiếu chống", "văn kiện này nhận được …" the draft of the previous sentence
 * The voting body is the subject of a vote verb here or earlier in the document. Ballots go to a
 * sponsor only when the draft is unambiguous (one draft, not "lần lượt do X và Y").
 */
import type { Predicate } from '../../../schema.js';
import type { Sighting } from '../../../relations/build.js';
import type { DocumentModel, SentenceModel, Unit } from '../model.js';
import { skeleton, type Skeleton } from '../clauses.js';
import { coordinatedLeft, coordinatedRight } from '../clauses/coordination.js';
import { viLexicon, type VoteCue } from '../lexicon.js';

type Tokens = SentenceModel['tokens'];

/** What a document's vote report carries from one sentence to the next. */
export interface VoteState {
  /** Sponsors of the draft last spoken of (empty when unknown or ambiguous). */
  sponsors: string[];
  /** The body that votes. */
  body?: string;
}

export const newVoteState = (): VoteState => ({ sponsors: [] });

const ACTOR = new Set(['Country', 'Organization', 'Person']);
const VOTER = new Set(['Country', 'Organization']);
const BALLOT: Partial<Record<VoteCue, Predicate | null>> = { for: 'SUPPORT', against: 'OPPOSE', abstain: null };

interface Draft {
  sponsors: Unit[];
  respectively: boolean;
  body?: Unit;
}
interface Ballot {
  predicate: Predicate;
  voters: Unit[];
}
interface Act {
  kind: 'adopt' | 'reject' | 'vote';
  subject?: Unit;
  negated: boolean;
}

export function voteRelations(model: DocumentModel, s: SentenceModel, state: VoteState): Sighting[] {
  const { tokens, units } = s;
  if (units.length === 0 || !hasCue(tokens)) return [];
  const sk = skeleton(tokens, units, []);
  const drafts: Draft[] = [],
    ballots: Ballot[] = [],
    acts: Act[] = [];
  let anaphor = false;
  for (let i = 0; i < tokens.length; i++) {
    const u = sk.unitAt.get(i);
    if (u) {
      i = u.last;
      continue;
    }
    const cue = cueAt(tokens, i);
    if (!cue) continue;
    const [kind, end] = cue;
    if (kind === 'draft') {
      const d = draftAt(sk, tokens, end);
      if (d) drafts.push(d);
    } else if (kind === 'draft-anaphor') anaphor = true;
    else if (kind in BALLOT) {
      const p = BALLOT[kind];
      const v = votersOf(sk, tokens, i, end);
      if (p && v.length) ballots.push({ predicate: p, voters: v });
    } else if (kind === 'adopt' || kind === 'reject' || kind === 'vote') acts.push({ kind, ...subjectOf(sk, tokens, i) });
    i = end - 1;
  }
  if (drafts.length === 0 && !anaphor && ballots.length === 0 && acts.length === 0) return [];

  const named = drafts.flatMap((d) => d.sponsors.map((u) => u.id));
  const sponsors = drafts.length ? [...new Set(named)] : state.sponsors;
  const single = drafts.length === 1 && !drafts[0]!.respectively ? sponsors : drafts.length === 0 ? state.sponsors : [];
  const body =
    drafts.find((d) => d.body)?.body?.id ??
    acts.find((a) => a.subject?.type === 'Organization' && (a.kind === 'vote' || a.kind === 'adopt' || a.kind === 'reject'))?.subject?.id ??
    state.body;

  const out: Sighting[] = [];
  const evidence = { doc: model.doc.id, sentence: s.sentence.text, start: s.sentence.start, end: s.sentence.end };
  const add = (subject: string, predicate: Predicate, object: string, confidence: number): void => {
    if (subject !== object) out.push({ subject, predicate, object, negated: false, attributedTo: null, confidence, evidence });
  };
  if (body) for (const sp of named) add(sp, 'PROPOSE', body, 0.75);
  for (const a of acts) {
    // "không thông qua" (not adopted), "bác bỏ", "phủ quyết": the body or the vetoing member rejects the sponsors' draft
    const rejects = a.kind === 'reject' ? !a.negated : a.kind === 'adopt' && a.negated;
    if (!a.subject || !rejects) continue;
    for (const sp of sponsors) add(a.subject.id, 'REJECT', sp, 0.75);
  }
  for (const b of ballots) for (const v of b.voters) for (const sp of single) add(v.id, b.predicate, sp, 0.75);

  state.sponsors = drafts.length ? single : state.sponsors;
  state.body = body;
  return out;
}

function hasCue(tokens: Tokens): boolean {
  const first = openingSyllables();
  for (let i = 0; i < tokens.length; i++) {
    if (!first.has(tokens[i]!.lower)) continue; // most sentences have no vote cue: one Set lookup per token
    const c = cueAt(tokens, i);
    if (c && c[0] !== 'adopt' && c[0] !== 'vote') return true;
  }
  return false;
}

const SCANNED: VoteCue[] = ['draft', 'draft-anaphor', 'for', 'against', 'abstain', 'adopt', 'reject', 'vote'];

let opening: Set<string> | undefined;
/** First syllables of the scanned cues: a token that is none of them starts no cue. */
function openingSyllables(): Set<string> {
  const v = viLexicon().votes;
  return (opening ??= new Set(SCANNED.flatMap((k) => [...v[k].firstSyllables()])));
}

/** The longest vote cue of a scanned kind at i: [kind, end]. */
function cueAt(tokens: Tokens, i: number): [VoteCue, number] | undefined {
  const v = viLexicon().votes;
  let best: [VoteCue, number] | undefined;
  for (const k of SCANNED) {
    const m = v[k].at(tokens, i);
    if (m && (!best || m.end > best[1])) best = [k, m.end];
  }
  return best;
}

/**
 * The sponsors of a draft word ending at `from`: "do X (và Y) bảo trợ [lên Z]" within a few words
 * (a topic "về Venezuela", "lần lượt" may stand between), or "của X" right after it (a country).
 */
function draftAt(sk: Skeleton, tokens: Tokens, from: number): Draft | undefined {
  const v = viLexicon().votes;
  const first = sk.unitAt.get(v.owner.at(tokens, from)?.end ?? -1);
  if (first?.type === 'Country') return { sponsors: [first], respectively: false };
  let respectively = false;
  for (let j = from; j < tokens.length && j < from + 12; j++) {
    const t = tokens[j]!;
    if (t.text === '.' || t.text === ';' || t.text === ':') return undefined;
    if (v.respectively.at(tokens, j)) {
      respectively = true;
      continue;
    }
    const agent = v.agent.at(tokens, j);
    const u = agent ? sk.unitAt.get(agent.end) : undefined;
    if (!u) continue;
    const list = coordinatedRight(sk, tokens, u).filter((x) => ACTOR.has(x.type));
    const last = list.length ? list[list.length - 1]! : u;
    const verb = v.sponsor.at(tokens, last.last + 1);
    if (!verb || list.length === 0) return undefined;
    const to = v['to-body'].at(tokens, verb.end);
    const body = to ? sk.unitAt.get(to.end) : undefined;
    return { sponsors: list, respectively, body: body?.type === 'Organization' ? body : undefined };
  }
  return undefined;
}

/** Voters of a ballot cue at [i, end): the subject before it ("Nga bỏ phiếu chống"), or a list after it ("3 phiếu chống (Nga, Trung Quốc)"). */
function votersOf(sk: Skeleton, tokens: Tokens, i: number, end: number): Unit[] {
  const subj = subjectOf(sk, tokens, i).subject;
  if (subj) return coordinatedLeft(sk, tokens, subj).filter((u) => VOTER.has(u.type));
  let j = end;
  if (tokens[j]?.text === '(') j++;
  const m = viLexicon().membership;
  const intro = m.include.at(tokens, j) ?? m.example.at(tokens, j);
  if (intro) j = intro.end;
  while (j < tokens.length && sk.mark[j] === 'classifier') j = sk.spanEnd[j]!;
  const u = sk.unitAt.get(j);
  return u ? coordinatedRight(sk, tokens, u).filter((x) => VOTER.has(x.type)) : [];
}

/** The unit right before a verb at i, over aux, negation and dates (negation noted). */
function subjectOf(sk: Skeleton, tokens: Tokens, i: number): { subject?: Unit; negated: boolean } {
  let negated = false;
  for (let j = i - 1; j >= 0; ) {
    const u = sk.unitEnd.get(j);
    if (u) return { subject: u, negated };
    const m = sk.mark[j];
    if (m !== 'aux' && m !== 'neg' && m !== 'date') return { negated };
    negated ||= m === 'neg';
    j = sk.spanStart[j]! - 1;
  }
  return { negated };
}
