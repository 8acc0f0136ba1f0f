/**
 * Relations from Vietnamese clause structure. For each trigger (triggers.tsv):
 *   verb:  SUBJECT [aux/neg/date…] TRIGGER [object frame from roles.tsv] [về TOPIC]
 *   noun:  "cuộc điện đàm giữa X và Y", "X có cuộc điện đàm với Y", "đề xuất của X"
 * Coordinated arguments ("Mỹ và các đồng minh NATO") give one relation per conjunct;
 * a coordinated subject with "với nhau" or no object gives the symmetric relation
 * between the conjuncts. Precision first: when an argument is not found, no relation.
 */
import { isSymmetric, type EntityType, type Predicate } from '../../../schema.js';
import type { Sighting } from '../../../relations/build.js';
import { viLexicon, type ObjectFrame, type Trigger } from '../lexicon.js';
import { skeleton, type Skeleton } from '../clauses.js';
import { findDates, type DateMention } from '../mentions/dates.js';
import { coordinatedLeft, coordinatedRight, nameLeadIn } from '../clauses/coordination.js';
import { type DocumentModel, type SentenceModel, type Unit } from '../model.js';
import { topicsAt } from './topics.js';
import { speakerFor } from './attribution.js';
import { receivedAt } from './received.js';
import { FUNCTION_WORDS } from '../function-words.js';
import { visitAdjunctSubject, visitPredicate } from './visit.js';
import { clauseSubject, delegationLeader } from './subjects.js';
import { meetingAdjunctSides } from './meeting.js';

const ACTORS = new Set<EntityType>(['Person', 'Country', 'Organization']);
const PLACE_OBJECTS = new Set<Predicate>(['VISIT', 'DEPLOY', 'ATTACK']);
// Prepositions that make an entity an oblique argument, not a subject.
const { between: GIUA, copula: LA, possessive: CUA } = FUNCTION_WORDS;
// Words that end a clause but not the reach of a negation over an event noun: "không đạt được tiến triển trong việc nối lại các cuộc đàm phán"
const WIDE_OK = FUNCTION_WORDS['wide-boundary'];
/** Is the word ending at k a preposition that makes the next name an oblique argument ("của NATO", "đối với Nga")? */
function isOblique(tokens: SentenceModel['tokens'], k: number): boolean {
  const oblique = viLexicon().mod.oblique;
  for (let a = Math.max(0, k - 1); a <= k; a++) if (oblique.at(tokens, a)?.end === k + 1) return true;
  return false;
}

interface Args {
  units: Unit[];
  penalty: number;
}
interface Found {
  trigger: Trigger;
  start: number;
  end: number;
  subjects?: Args;
  /** The subjects of the sentence's latest main (not embedded) clause: a participle after a comma continues it. */
  main?: Args;
  /** Embedded under a demand or advice: not a fact, and neither are verbs coordinated with it. */
  irrealis?: boolean;
  negated?: boolean;
}
// Verbs whose complement clause is wanted, not done: "kêu gọi EU thông qua gói trừng phạt".
const EMBEDS_IRREALIS = new Set<Predicate>(['DEMAND', 'PROPOSE']);

/** What the relation rules carry from one sentence to the next. */
export interface Discourse {
  /** Actors (subjects) of the relations of the previous prose sentence: the authors of "quan điểm này". */
  authors: string[];
}

interface Ctx {
  sk: Skeleton;
  tokens: SentenceModel['tokens'];
  discourse: Discourse;
}

/** All relation sightings of one prose sentence; updates `discourse` for the next one. */
export function sentenceRelations(model: DocumentModel, s: SentenceModel, discourse: Discourse = { authors: [] }): Sighting[] {
  const lex = viLexicon();
  const { tokens, units } = s;
  // Most sentences have no trigger or no argument: skip them before building the skeleton.
  let anyTrigger = false;
  for (let i = 0; i < tokens.length && !anyTrigger && units.length > 0; i++) anyTrigger = Boolean(lex.triggers.at(tokens, i)?.value.predicate);
  if (!anyTrigger) {
    discourse.authors = [];
    return [];
  }
  const dates = findDates(tokens, model.doc.published);
  const sk = skeleton(tokens, units, dates);
  const ctx: Ctx = { sk, tokens, discourse };
  const firstUnit = units[0]?.first ?? tokens.length;
  const out: Sighting[] = [];
  const evidence = { doc: model.doc.id, sentence: s.sentence.text, start: s.sentence.start, end: s.sentence.end };
  const inUnit = new Uint8Array(tokens.length);
  for (const u of units) inUnit.fill(1, u.first, u.last + 1);
  let prev: Found | undefined;

  for (let i = 0; i < tokens.length; i++) {
    if (inUnit[i]) continue;
    const m = lex.triggers.at(tokens, i);
    if (!m) continue;
    if (m.value.predicate === null) {
      i = m.end - 1;
      continue;
    }
    // "từ chối lên án" (refuse to condemn): a negation of the verb after it, not a rejection
    if (sk.mark[i] === 'neg' && refusedVerb(tokens, m.end)) {
      i = m.end - 1;
      continue;
    }
    const found: Found = { trigger: m.value, start: i, end: m.end };
    const pred = m.value.predicate;
    const results =
      (isSymmetric(pred) ? between(ctx, found, pred) : undefined) ??
      (m.value.noun || nominalized(sk, tokens, m.end) ? nounArgs(ctx, found, pred, prev) : verbArgs(ctx, found, pred, prev));
    found.main = prev?.main;
    if (!results && m.value.motion) {
      i = m.end - 1;
      continue;
    } // a preposition after all ("triển khai tên lửa tới Đức"): no clause of its own
    if (results && isIrrealis(sk, found, prev)) {
      prev = { ...found, subjects: results.subjects, irrealis: true };
      i = m.end - 1;
      continue;
    }
    if (results) {
      found.subjects = results.continues ?? results.subjects;
      // the sides of an event noun ("các cuộc tập trận giữa Mỹ và Hàn Quốc") are no clause's subject
      if (!isEmbedded(ctx, found.subjects) && !results.wideNegation) found.main = found.subjects;
      const negated = isNegated(sk, found, prev, results.wideNegation ?? false);
      found.negated = negated;
      const topics = topicsAt(model, s, sk, results.after, found.end);
      const date = dateFor(sk, dates, i, firstUnit);
      for (const [a, b, conf] of results.pairs) {
        const pred = retarget(found.trigger.predicate!, b);
        if (!argOk(pred, a, 'subject') || !argOk(pred, b, 'object')) continue;
        const p = visitPredicate(pred, b.type);
        // "Araghchi cảnh báo Iran có thể …": one's own side is the subject of the complement, not the addressee
        if (!isSymmetric(p) && model.sides(a.id).has(b.id)) continue;
        const attributedTo = speakerFor(model, s, sk, found.start, [a.id, ...results.subjects.units.map((u) => u.id), ...(isSymmetric(p) ? [b.id] : [])]); // a co-subject is no outside speaker
        for (const topic of topics.length ? topics : [undefined])
          out.push({ subject: a.id, predicate: p, object: b.id, topic, date, negated, attributedTo, confidence: conf, evidence });
      }
    }
    prev = found;
    i = m.end - 1;
  }
  // the main clause's actor: the subject of the sentence's first relation
  discourse.authors = out.length ? [out[0]!.subject] : [];
  return out;
}

/** "thăm Quốc vương X": visiting a person is meeting them (VISIT takes places and countries). */
function retarget(pred: Predicate, object: Unit): Predicate {
  return pred === 'VISIT' && object.type === 'Person' ? 'MEET' : pred;
}

/** "phản đối của Washington đối với …": a verb right before "của" + a name is used as a noun. */
function nominalized(sk: Skeleton, tokens: SentenceModel['tokens'], end: number): boolean {
  return CUA.has(tokens[end]?.lower ?? '') && sk.unitAt.has(skipClassifiers(sk, tokens, end + 1));
}

function argOk(pred: Predicate, u: Unit, side: 'subject' | 'object'): boolean {
  if (ACTORS.has(u.type)) return true;
  return side === 'object' && u.type === 'Location' && PLACE_OBJECTS.has(pred);
}

const viaPenalty = (u: Unit): number => (u.via === 'name' ? 0 : 0.1);

/** Pairs (subject, object, confidence) from argument lists. */
function pairsOf(pred: Predicate, subj: Args, obj: Args | undefined, reciprocal: boolean, base: number): Array<[Unit, Unit, number]> {
  const out: Array<[Unit, Unit, number]> = [];
  const subjects = expandPairs(subj.units);
  if (obj && obj.units.length) {
    for (const a of subjects) for (const b of expandPairs(obj.units)) out.push([a, b, base - subj.penalty - obj.penalty - viaPenalty(a) - viaPenalty(b)]);
  } else if (isSymmetric(pred) && (reciprocal || subjects.length >= 2)) {
    for (let x = 0; x < subjects.length; x++)
      for (let y = x + 1; y < subjects.length; y++)
        out.push([subjects[x]!, subjects[y]!, base - 0.05 - subj.penalty - viaPenalty(subjects[x]!) - viaPenalty(subjects[y]!)]);
  }
  return out;
}

/** A pair anaphor ("hai bên") stands for two units. */
function expandPairs(units: Unit[]): Unit[] {
  return units.flatMap((u) => (u.pair ? u.pair.map((id) => ({ ...u, id, pair: undefined })) : [u]));
}

interface ArgResult {
  subjects: Args;
  pairs: Array<[Unit, Unit, number]>;
  after: number;
  /** An event noun's negation may stand anywhere before it in the clause ("không đạt được tiến triển trong việc nối lại các cuộc đàm phán giữa …"). */
  wideNegation?: boolean;
  /** Who a following verb's missing subject is, when not these subjects ("A, với sự hỗ trợ từ B, đã tấn công …": A). */
  continues?: Args;
}

function verbArgs(ctx: Ctx, t: Found, pred: Predicate, prev: Found | undefined): ArgResult | undefined {
  if (t.trigger.motion) return motionArgs(ctx, t, pred, prev);
  const obj = objectRight(ctx, t.end, pred);
  let subj = subjectLeft(ctx.sk, ctx.tokens, t.start, prev, true) ?? (obj.args && obj.viaPrep ? distantSubject(ctx, t.start) : undefined);
  if (!subj) return undefined;
  if (obj.reciprocal && subj.units.length === 1 && ACTORS.has(subj.units[0]!.type)) subj = actorList(ctx, subj.units[0]!) ?? subj;
  return { subjects: subj, pairs: pairsOf(pred, subj, obj.args, obj.reciprocal, 0.9), after: obj.after };
}

/**
 * "A, cùng B, C, D đã ăn tối cùng nhau", "Pháp, Đức, Ý đã gặp nhau": a reciprocal verb after a
 * comma list of actors of one type (persons with appositives between them) acts between all of them. The list runs left from the subject to
 * the sentence start or a clause word, and never across another trigger.
 */
function actorList(ctx: Ctx, last: Unit): Args | undefined {
  const { sk, tokens } = ctx;
  const triggers = viLexicon().triggers;
  const list = [last];
  for (let j = last.first - 1; j >= 0; j--) {
    const u = sk.unitEnd.get(j);
    if (u) {
      if (u.type === last.type && !list.some((x) => x.id === u.id)) list.unshift(u);
      j = u.first;
      continue;
    }
    const m = sk.mark[j];
    if (
      m === 'boundary' ||
      m === 'speech' ||
      m === 'source' ||
      (m === 'punct' && tokens[j]!.text !== ',' && tokens[j]!.text !== '(' && tokens[j]!.text !== ')')
    )
      break;
    if (triggers.at(tokens, j)?.value.predicate) return undefined;
  }
  return list.length >= 3 ? { units: list, penalty: 0.2 } : undefined;
}

/** "cuộc điện đàm giữa X và Y", "những bất đồng giữa hai bên": the two sides after a symmetric trigger. */
function between(ctx: Ctx, t: Found, pred: Predicate): ArgResult | undefined {
  const { sk, tokens } = ctx;
  // "xung đột Nga - Ukraine", "cuộc đàm phán Mỹ–Iran": two sides joined by a dash right after the noun
  const a = sk.unitAt.get(skipClassifiers(sk, tokens, t.end));
  const dash = a ? tokens[a.last + 1]?.text : undefined;
  const b = a && (dash === '-' || dash === '–') ? sk.unitAt.get(a.last + 2) : undefined;
  if (a && b && a.id !== b.id && ACTORS.has(a.type) && ACTORS.has(b.type)) {
    const subj = { units: [a, b], penalty: 0.05 };
    return { subjects: subj, pairs: pairsOf(pred, subj, undefined, true, 0.9), after: b.last + 1 };
  }
  for (let j = t.end; j < Math.min(tokens.length, t.end + 8); j++) {
    if (sk.mark[j] === 'punct' || sk.mark[j] === 'boundary' || sk.mark[j] === 'intro') return undefined; // "thảo luận về tiến trình hòa bình giữa …": that giữa belongs to the topic
    if (GIUA.has(tokens[j]!.lower)) {
      const a = sk.unitAt.get(j + 1);
      if (!a) return undefined;
      const list = a.pair ? [a] : coordinatedRight(sk, tokens, a);
      if (list.length < 2 && !a.pair) return undefined;
      const subj = { units: list, penalty: 0 };
      return { subjects: subj, pairs: pairsOf(pred, subj, undefined, true, 0.9), after: list[list.length - 1]!.last + 1, wideNegation: true };
    }
    if (sk.unitAt.has(j)) return undefined;
  }
  return undefined;
}

const RECEIVED = new Set<Predicate>(['SUPPORT', 'AID']);

function nounArgs(ctx: Ctx, t: Found, pred: Predicate, prev: Found | undefined): ArgResult | undefined {
  const { sk, tokens } = ctx;
  // "Kiev nhận được sự hỗ trợ của phương Tây": the giver acts on the receiver
  const rec = RECEIVED.has(pred) ? receivedAt(sk, tokens, t.start, t.end) : undefined;
  if (rec) {
    const receivers = rec.receivers ? { units: rec.receivers, penalty: 0.05 } : subjectLeft(sk, tokens, rec.cue, prev, true);
    const givers = { units: rec.givers, penalty: 0.05 };
    return receivers ? { subjects: givers, pairs: pairsOf(pred, givers, receivers, false, 0.9), after: rec.after, continues: receivers } : undefined;
  }
  // "X có/đạt/gửi … NOUN (với Y)": a light verb before the noun (classifiers allowed between)
  let k = t.start - 1;
  while (k >= 0 && (sk.mark[k] === 'classifier' || isQuote(tokens, k))) k = sk.spanStart[k]! - 1; // 'bày tỏ "tình đoàn kết"'
  // "cuộc tấn công của Nga vào Ukraine", "lệnh trừng phạt của EU đối với Iran": the possessor acts, the object follows it
  const owner = CUA.has(tokens[t.end]?.lower ?? '') ? sk.unitAt.get(skipClassifiers(sk, tokens, t.end + 1)) : undefined;
  if (owner) {
    const o = objectRight(ctx, owner.last + 1, pred);
    const subj = { units: coordinatedRight(sk, tokens, owner), penalty: 0.05 };
    if (o.args) return { subjects: subj, pairs: pairsOf(pred, subj, o.args, false, 0.9), after: o.after };
  }
  // "các biện pháp trừng phạt mà Mỹ và EU áp đặt lên Nga": the relative clause's subject acts
  const rel = viLexicon().mod.relative.at(tokens, t.end);
  const relSubj = rel ? sk.unitAt.get(skipClassifiers(sk, tokens, rel.end)) : undefined;
  if (relSubj && ACTORS.has(relSubj.type)) {
    const subj = { units: coordinatedRight(sk, tokens, relSubj), penalty: 0.1 };
    let j = subj.units[subj.units.length - 1]!.last + 1;
    while (j < tokens.length && (sk.mark[j] === 'aux' || sk.mark[j] === 'light')) j = sk.spanEnd[j]!;
    const o = objectRight(ctx, j, pred);
    if (o.args && o.viaPrep) return { subjects: subj, pairs: pairsOf(pred, subj, o.args, false, 0.9), after: o.after };
  }
  const obj = objectRight(ctx, t.end, pred);
  // "đơn xin gia nhập NATO của Thụy Điển", "lệnh trừng phạt đối với Iran của EU": the possessor after the object acts
  const late = obj.args && CUA.has(tokens[obj.after]?.lower ?? '') ? sk.unitAt.get(skipClassifiers(sk, tokens, obj.after + 1)) : undefined;
  if (late && ACTORS.has(late.type)) {
    const subj = { units: coordinatedRight(sk, tokens, late), penalty: 0.05 };
    return { subjects: subj, pairs: pairsOf(pred, subj, obj.args, false, 0.9), after: subj.units[subj.units.length - 1]!.last + 1 };
  }
  if (k >= 0 && sk.mark[k] === 'light') {
    const subj = subjectLeft(sk, tokens, sk.spanStart[k]!, prev, false, LA.has(tokens[k]!.lower), true);
    if (subj) return { subjects: subj, pairs: pairsOf(pred, { ...subj, penalty: subj.penalty + 0.05 }, obj.args, obj.reciprocal, 0.9), after: obj.after };
  }
  const visitor = pred === 'VISIT' && obj.args ? visitAdjunctSubject(sk, tokens, t.start, t.end, prev?.main?.units) : undefined;
  const subj = visitor ? { units: visitor, penalty: 0.15 } : obj.args && obj.viaPrep ? distantSubject(ctx, t.start) : undefined;
  if (subj) return { subjects: subj, pairs: pairsOf(pred, subj, obj.args, false, 0.9), after: obj.after };
  const sides = pred === 'MEET' ? meetingAdjunctSides(sk, tokens, t.start, t.end) : undefined;
  return sides ? { subjects: { units: [sides[0]], penalty: 0.2 }, pairs: [[sides[0], sides[1], 0.7]], after: obj.after } : undefined;
}

/**
 * Fallback when the clause has an object but no subject next to the trigger: the nearest
 * actor on the left within the same stretch of text (no punctuation between), not itself
 * the object of a preposition, with the object introduced by a preposition ("London sẽ công bố dự luật … mở rộng các biện pháp trừng
 * phạt … đối với Nga"). A pattern at distance: low confidence.
 */
function distantSubject(ctx: Ctx, pos: number): Args | undefined {
  const { sk, tokens } = ctx;
  const triggers = viLexicon().triggers;
  for (let j = pos - 1; j >= 0; j--) {
    const u = sk.unitEnd.get(j);
    if (!u) {
      if (sk.mark[j] === 'punct' && !isQuote(tokens, j)) return undefined;
      if (triggers.at(tokens, j)?.value.predicate) return undefined; // never reach across another event's arguments
      continue;
    }
    // "… phát biểu tại một cuộc mít tinh ở Tbilisi bày tỏ …": a place after a locative is an adjunct, not the actor
    if (u.type === 'Location' && afterLocative(sk, tokens, u)) {
      j = u.first;
      continue;
    }
    const before = precedingWord(sk, tokens, u.first);
    if (before !== undefined && isOblique(tokens, before)) return undefined;
    if (before !== undefined && triggerEndsAt(tokens, before)) return undefined; // the object of an earlier verb ("yêu cầu NATO …")
    return u.type === 'Location' ? undefined : { units: coordinatedLeft(sk, tokens, u), penalty: 0.3 };
  }
  return undefined;
}

/** The subject on the left of position `pos`, skipping aux/negation/dates; with coordination. */
function subjectLeft(
  sk: Skeleton,
  tokens: SentenceModel['tokens'],
  pos: number,
  prev: Found | undefined,
  verb: boolean,
  possessor = false,
  continues = verb,
): Args | undefined {
  let unknown = 0;
  for (let j = pos - 1; j >= 0; ) {
    const u = sk.unitEnd.get(j);
    if (u) {
      const before = precedingWord(sk, tokens, u.first);
      if (before !== undefined && isOblique(tokens, before)) {
        if (possessor && CUA.has(tokens[before]!.lower)) return { units: [u], penalty: 0.1 + unknown * 0.05 };
        // "hành động của Iran đe dọa …": the actor of an act acts
        if (verb && CUA.has(tokens[before]!.lower) && endsWith(viLexicon().mod['act-noun'], tokens, before - 1))
          return { units: coordinatedRight(sk, tokens, u), penalty: 0.1 };
        return undefined;
      }
      const leader = delegationLeader(sk, tokens, u);
      return { units: leader ? [leader] : coordinatedLeft(sk, tokens, u), penalty: unknown * 0.05 };
    }
    const m = sk.mark[j];
    // "Nhật Bản nhất trí cấp khoản vay": a verb right after another trigger shares its subject
    if (verb && unknown === 0 && prev?.subjects && prev.end === j + 1 && j === pos - 1 && !frameOf(prev).preps.at(tokens, pos))
      return { units: prev.subjects.units, penalty: prev.subjects.penalty + 0.05 };
    if (m === 'aux' || m === 'neg' || m === 'date' || m === 'paren' || m === 'speech' || (verb && m === 'light')) {
      j = sk.spanStart[j]! - 1;
      continue;
    }
    if (continues && prev?.subjects && prev.end <= j && continuesClause(sk, tokens, j)) {
      const from = (tokens[j]!.text !== ',' && tokens[j]!.text !== ';') || !prev.main ? prev.subjects : prev.main;
      return { units: from.units, penalty: from.penalty + 0.1 };
    }
    if (m === 'boundary' && verb && viLexicon().mod.purpose.at(tokens, sk.spanStart[j]!)?.end === j + 1) return purposeSubject(sk, tokens, sk.spanStart[j]!);
    // "X đã tới Nga và có cuộc hội đàm với Y": the first verb is no trigger, the clause's subject carries over
    // (not after a bare comma: it also separates nouns in a list, "các chuyến thăm, tiếp xúc")
    const carried =
      continues && continuesClause(sk, tokens, j) && tokens[j]!.word && !(prev?.subjects && prev.end <= j) ? clauseSubject(sk, tokens, j) : undefined;
    if (carried) return { units: carried, penalty: 0.15 };
    if (m !== '' && m !== 'classifier') return undefined;
    if (++unknown > 1) return undefined;
    j--;
  }
  return undefined;
}

/**
 * "Lukashenko đã tới Nga": a bare verb of going (also a preposition, "từ A đến B", "gửi vũ khí tới X")
 * needs its subject right before it (aux only), no "từ"/"giữa" before that subject's list, and a
 * country or place right after it.
 */
function motionArgs(ctx: Ctx, t: Found, pred: Predicate, prev: Found | undefined): ArgResult | undefined {
  const { sk, tokens } = ctx;
  let j = t.start - 1;
  while (j >= 0 && (sk.mark[j] === 'aux' || sk.mark[j] === 'neg' || sk.mark[j] === 'date')) j = sk.spanStart[j]! - 1;
  const last = j >= 0 ? sk.unitEnd.get(j) : undefined;
  if (!last || prev?.end === t.start) return undefined;
  for (let k = last.first - 1; k >= 0; k--) {
    // over the whole name list on the left: "từ Mỹ, Qatar và Israel đã tới"
    const u = sk.unitEnd.get(k);
    if (u) {
      k = u.first;
      continue;
    }
    if (tokens[k]!.text === ',' || sk.mark[k] === 'coord' || sk.mark[k] === 'classifier') continue;
    if (isOblique(tokens, k)) return undefined;
    break;
  }
  const object = sk.unitAt.get(skipClassifiers(sk, tokens, t.end));
  if (!object || (object.type !== 'Country' && object.type !== 'Location')) return undefined;
  const leader = delegationLeader(sk, tokens, last);
  const subj = { units: leader ? [leader] : coordinatedLeft(sk, tokens, last), penalty: 0.1 };
  return { subjects: subj, pairs: pairsOf(pred, subj, { units: [object], penalty: 0 }, false, 0.85), after: object.last + 1 };
}

/** The object frame of a found trigger ("gửi vũ khí tới": "tới" is its preposition, not a verb of its own). */
const frameOf = (f: Found): ObjectFrame => viLexicon().roles.get(f.trigger.predicate!)!;

/**
 * "Thụy Điển và Na Uy đã từ bỏ chính sách trung lập để nộp đơn xin gia nhập EU": a verb of purpose
 * has the subject that opens the sentence, when no other actor, clause word or speech verb stands
 * between that subject and "để".
 */
function purposeSubject(sk: Skeleton, tokens: SentenceModel['tokens'], purpose: number): Args | undefined {
  let first: Unit | undefined;
  for (let j = 0; j < purpose && !first; j++) {
    first = sk.unitAt.get(j);
    if (!first && sk.mark[j] !== 'date' && sk.mark[j] !== 'punct') return undefined;
  }
  if (!first || !ACTORS.has(first.type)) return undefined;
  const list = coordinatedRight(sk, tokens, first);
  for (let j = list[list.length - 1]!.last + 1; j < purpose; j++) {
    const m = sk.mark[j];
    if (sk.unitAt.has(j) || m === 'boundary' || m === 'speech' || m === 'source' || m === 'punct' || m === 'intro') return undefined;
  }
  return { units: list, penalty: 0.15 };
}

/** "…, thăm Y", "… và có cuộc hội đàm với Y", "…; có các cuộc hội kiến với Z": a predicate sharing the previous one's subject. */
function continuesClause(sk: Skeleton, tokens: SentenceModel['tokens'], j: number): boolean {
  const t = tokens[j]!.text;
  return sk.mark[j] === 'coord' || (sk.mark[j] === 'boundary' && FUNCTION_WORDS['continuing-boundary'].has(tokens[j]!.lower)) || t === ',' || t === ';';
}

function skipClassifiers(sk: Skeleton, tokens: SentenceModel['tokens'], j: number): number {
  while (j < tokens.length && sk.mark[j] === 'classifier') j = sk.spanEnd[j]!;
  return j;
}

/** A verb trigger at j, not used as a noun ("từ chối đề xuất của Mỹ": the proposal of the US). */
function refusedVerb(tokens: SentenceModel['tokens'], j: number): boolean {
  const next = viLexicon().triggers.at(tokens, j);
  return Boolean(next?.value.predicate && !next.value.noun && !CUA.has(tokens[next.end]?.lower ?? ''));
}

/** Does a topic head ("vấn đề", "tình hình") end right before token j? */
function afterTopicHead(tokens: SentenceModel['tokens'], j: number): boolean {
  const head = viLexicon().topicHead;
  for (let a = Math.max(0, j - 3); a < j; a++) if (head.at(tokens, a)?.end === j) return true;
  return false;
}

/** Does a phrase of `m` end at token k? */
function endsWith(m: ReturnType<typeof viLexicon>['mod']['act-noun'], tokens: SentenceModel['tokens'], k: number): boolean {
  for (let a = Math.max(0, k - 2); a <= k; a++) if (m.at(tokens, a)?.end === k + 1) return true;
  return false;
}

/** Does a trigger phrase end at token k? */
function triggerEndsAt(tokens: SentenceModel['tokens'], k: number): boolean {
  const triggers = viLexicon().triggers;
  for (let a = Math.max(0, k - 3); a <= k; a++) {
    const m = triggers.at(tokens, a);
    if (m?.value.predicate && m.end === k + 1) return true;
  }
  return false;
}

/** Index of the word before token `i`, skipping classifiers ("của các nước NATO"). */
function precedingWord(sk: Skeleton, tokens: SentenceModel['tokens'], i: number): number | undefined {
  let k = i - 1;
  while (k >= 0 && sk.mark[k] === 'classifier') k = sk.spanStart[k]! - 1;
  // two-token prepositions ("đối với") end with their last syllable
  return k >= 0 && tokens[k]!.word ? k : undefined;
}

/** The object after a trigger, per the predicate's frame (roles.tsv). */
interface ObjectFound {
  args?: Args;
  reciprocal: boolean;
  after: number;
  viaPrep?: boolean;
}

function objectRight(ctx: Ctx, from: number, pred: Predicate): ObjectFound {
  const { sk, tokens } = ctx;
  const lex = viLexicon();
  const frame = lex.roles.get(pred)!;
  let content = 0;
  for (let j = from; j < tokens.length; ) {
    const m = sk.mark[j];
    if (m === 'reciprocal') return { reciprocal: true, after: sk.spanEnd[j]! };
    // "bác bỏ quan điểm này": the position's author, when the previous sentence names exactly one
    const proposal = frame.direct && content <= frame.reach ? lex.cues['proposal-anaphor'].at(tokens, j) : undefined;
    if (proposal) {
      const author = ctx.discourse.authors.length === 1 ? ctx.discourse.authors[0]! : undefined;
      if (!author) return { reciprocal: false, after: proposal.end };
      const unit: Unit = { first: j, last: proposal.end - 1, id: author, type: 'Organization', via: 'anaphor' };
      return { args: { units: [unit], penalty: 0.05 }, reciprocal: false, after: proposal.end };
    }
    const u = sk.unitAt.get(j) ?? nameLeadIn(sk, tokens, j);
    if (u) {
      if (afterTopicHead(tokens, j)) return { reciprocal: false, after: j }; // "thảo luận vấn đề Ukraine": a topic, not a party
      if (frame.direct && content <= frame.reach)
        return { args: { units: coordinatedRight(sk, tokens, u), penalty: content > 2 ? 0.1 : 0 }, reciprocal: false, after: u.last + 1 };
      return { reciprocal: false, after: j };
    }
    const manner = lex.mod.manner.at(tokens, j);
    if (manner && !u) {
      j = manner.end;
      continue;
    } // "cuộc gặp trực tiếp đầu tiên với X": how, not with whom
    const prep = frame.preps.at(tokens, j);
    // "hội đàm tại Minsk": a place adjunct, not the object (unless the frame takes that preposition)
    const loc = prep ? undefined : lex.mod.locative.at(tokens, j);
    if (loc) {
      let k = loc.end;
      while (k < tokens.length && sk.mark[k] === 'classifier') k = sk.spanEnd[k]!;
      const place = sk.unitAt.get(k);
      if (place) {
        j = place.last + 1;
        continue;
      }
    }
    if (prep) {
      let k = prep.end;
      while (k < tokens.length && sk.mark[k] === 'classifier') k = sk.spanEnd[k]!;
      const v = sk.unitAt.get(k) ?? nameLeadIn(sk, tokens, k);
      if (v) return { args: { units: coordinatedRight(sk, tokens, v), penalty: content > 2 ? 0.1 : 0 }, reciprocal: false, after: v.last + 1, viaPrep: true };
      if (sk.mark[k] === 'reciprocal') return { reciprocal: true, after: sk.spanEnd[k]! };
      content += prep.end - j;
      j = prep.end;
      if (content > frame.reach) break;
      continue;
    }
    if (m === 'punct' && isQuote(tokens, j)) {
      j++;
      continue;
    } // 'bày tỏ "tình đoàn kết" với X'
    if (m === 'punct' && decimalComma(tokens, j)) {
      j++;
      continue;
    } // "khoản vay trị giá 1,5 tỷ USD cho X"
    if (m === 'punct' || m === 'boundary' || m === 'intro' || m === 'speech' || m === 'coord') return { reciprocal: false, after: j };
    const next = lex.triggers.at(tokens, j);
    if (next && !next.value.predicate) {
      content += next.end - j;
      j = next.end;
      if (content > frame.reach) break;
      continue;
    } // "trực tiếp": a blocked phrase, read as one word
    if (next?.value.predicate && !next.value.motion) {
      // "bác bỏ cáo buộc của Anh", "ủng hộ đề xuất của Nga": an event word right after the verb is its object noun
      if (j === from) {
        j = next.end;
        content += next.end - next.start;
        continue;
      }
      return { reciprocal: false, after: j };
    }
    if (m === 'aux' || m === 'neg' || m === 'date' || m === 'paren') {
      j = sk.spanEnd[j]!;
      continue;
    }
    if (m !== 'classifier') content++;
    if (content > frame.reach) break;
    j++;
  }
  return { reciprocal: false, after: from };
}

const QUOTE = new Set(['"', '“', '”', '‘', '’']);
const isQuote = (tokens: SentenceModel['tokens'], k: number): boolean => QUOTE.has(tokens[k]!.text);

/** A comma inside a number ("1,5 tỷ"). */
function decimalComma(tokens: SentenceModel['tokens'], j: number): boolean {
  const a = tokens[j - 1],
    t = tokens[j]!,
    b = tokens[j + 1];
  return t.text === ',' && Boolean(a?.num && b?.num) && a!.end === t.start && t.end === b!.start;
}

function afterLocative(sk: Skeleton, tokens: SentenceModel['tokens'], u: Unit): boolean {
  const k = precedingWord(sk, tokens, u.first);
  if (k === undefined) return false;
  const loc = viLexicon().mod.locative;
  for (let a = Math.max(0, k - 1); a <= k; a++) if (loc.at(tokens, a)?.end === k + 1) return true;
  return false;
}

/** "X không nên / đừng V Y": advice or a demand, not an act: no relation. */
function isIrrealis(sk: Skeleton, t: Found, prev: Found | undefined): boolean {
  for (let j = t.start - 1; j >= 0 && j >= (prev?.end ?? 0); j--) {
    const m = sk.mark[j];
    if (m === 'irrealis') return true;
    if ((m === 'punct' && !sk.unitEnd.has(j)) || m === 'boundary') return false;
  }
  // "kêu gọi EU thông qua gói trừng phạt (và …)": the demand is the fact, what it asks for is not
  return Boolean(prev && (prev.irrealis || (prev.trigger.predicate && EMBEDS_IRREALIS.has(prev.trigger.predicate))));
}

/** Is the subject inside a previous verb's complement ("phản đối việc Đức triển khai …")? */
function isEmbedded(ctx: Ctx, subj: Args): boolean {
  const { sk, tokens } = ctx;
  const first = subj.units[0];
  if (!first) return false;
  let k = precedingWord(sk, tokens, first.first);
  if (k === undefined) return false;
  const comp = viLexicon().mod.complement;
  for (let a = Math.max(0, k - 1); a <= k; a++)
    if (comp.at(tokens, a)?.end === k + 1) {
      k = a - 1;
      break;
    }
  return k >= 0 && triggerEndsAt(tokens, k);
}

/**
 * Negated when a negation cue stands between the clause start (or the previous trigger)
 * and the trigger; for event nouns with "giữa", anywhere before it up to punctuation.
 */
function isNegated(sk: Skeleton, t: Found, prev: Found | undefined, wide: boolean): boolean {
  if (prev?.negated && prev.end === t.start) return true; // "không nhất trí cấp khoản vay": the serial verb shares the negation
  for (let j = t.start - 1; j >= 0 && (wide || j >= (prev?.end ?? 0)); j--) {
    const m = sk.mark[j];
    if (m === 'neg') return true;
    if (m === 'punct' && !sk.unitEnd.has(j)) return false;
    if ((m === 'boundary' && !(wide && sk.spanStart[j] === j && sk.mark[j] === 'boundary' && WIDE_OK.has(sk.tokensLower[j]!))) || (!wide && m === 'coord'))
      return false;
  }
  return false;
}

/**
 * The date of a relation: the nearest date in the trigger's clause, or a date standing
 * before the sentence's first argument ("Ngày 12/7, …", "Trước đó, hôm 11/7, …"), which
 * dates the whole sentence. "Since" dates ("kể từ tháng 3/2023") never date an event.
 */
function dateFor(sk: Skeleton, dates: DateMention[], at: number, firstUnit: number): string | undefined {
  let best: DateMention | undefined;
  for (const d of dates) {
    if (d.since) continue;
    const ok = d.at < firstUnit || sameClause(sk, d.at > at ? d.at - 1 : d.at, at); // "… trong ngày 13/7": the preposition belongs to the date
    if (ok && (!best || Math.abs(d.at - at) < Math.abs(best.at - at))) best = d;
  }
  return best?.iso;
}

function sameClause(sk: Skeleton, a: number, b: number): boolean {
  const [x, y] = a < b ? [a, b] : [b, a];
  for (let j = x + 1; j < y; j++) if (sk.mark[j] === 'boundary' || (sk.mark[j] === 'punct' && !sk.unitEnd.has(j))) return false;
  return true;
}
