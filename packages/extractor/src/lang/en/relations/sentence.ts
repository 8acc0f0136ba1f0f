/**
 * Relations of one sentence: each trigger with its subject and object groups
 * (one relation per pair of conjuncts), plus negation, topic(s), date and
 * attribution; "talks between X and Y" nouns; and HOLDS_POSITION from titles.
 */
import type { Predicate, Relation } from '../../../schema.js';
import { isSymmetric } from '../../../schema.js';
import type { Token, TokSentence } from '../tokens.js';
import type { EntityRef, Recognized, TokMention } from '../model.js';
import type { EnLexicon } from '../lexicon.js';
import { clausesOf, type Clause } from '../clauses.js';
import { betweenIn, triggersIn, type Trigger } from './triggers.js';
import { isConjoinedVerb, isPassive, leadingSubjects, objectsAfter, subjectsBefore, type Participant } from './roles.js';
import { negatedBetween } from './negation.js';
import { topicsAfter } from './topics.js';
import { dateIn } from '../mentions/dates.js';
import { attributionOf, type Attribution } from './attribution.js';
import { resolvePair } from '../coreference/pairs.js';
import { sentenceOf } from '../sentences.js';
import { packedMap } from '../packed.js';

const DATE_REACH = 12;

export interface SentenceContext {
  docId: string;
  published: string | null;
  tokens: Token[];
  rec: Recognized;
  lex: EnLexicon;
  /** The one person who acted (or spoke) in the previous sentence, for "he"/"she". */
  previousPerson?: EntityRef;
  /** The country each official of the document serves, for "their two countries". */
  countries?: ReadonlyMap<string, EntityRef>;
}

/** What a subject pronoun stands for: he/she a person, it an institution, we/they either. */
function pronounAntecedent(pronoun: string, speaker: EntityRef | undefined, previousPerson: EntityRef | undefined): EntityRef | undefined {
  if (pronoun === 'he' || pronoun === 'she') return speaker?.type === 'Person' ? speaker : speaker ? undefined : previousPerson;
  if (pronoun === 'it') return speaker && speaker.type !== 'Person' ? speaker : undefined;
  return speaker;
}

/** Relations of a sentence, and the mentions used as actors in them (seats resolve to their country). */
export function sentenceRelations(s: TokSentence, ctx: SentenceContext): { relations: Relation[]; actorMentions: TokMention[]; lastPerson?: EntityRef } {
  const { tokens, rec, lex } = ctx;
  const out: Relation[] = [];
  const actorMentions: TokMention[] = [];
  const evidence = [{ doc: ctx.docId, sentence: s.text, start: s.start, end: s.end }];
  const speaker = attributionOf(tokens, s, rec, lex);
  const clauses = clausesOf(tokens, s, lex);
  // Triggers first (they depend on the clause alone): most sentences have none, and then
  // only the person the sentence hands on is needed.
  const found = packedMap(clauses, (clause) => ({ clause, triggers: triggersIn(tokens, clause, lex, rec.at), between: betweenIn(tokens, clause, lex) }));
  if (found.every((f) => !f.triggers.length && !f.between.length)) {
    const lastPerson = speaker?.speaker.type === 'Person' ? speaker.speaker : openingPerson(tokens, s, rec, lex);
    return lastPerson ? { relations: out, actorMentions, lastPerson } : { relations: out, actorMentions };
  }
  const st: Reading = {
    s,
    ctx,
    tokens,
    rec,
    lex,
    speaker,
    clauses,
    out,
    actorMentions,
    evidence,
    speakerClause: speaker ? clauses.findIndex((c) => c.first <= speaker.verb && speaker.verb < c.last) : -1,
    ci: -1,
    lastSubjects: [],
    lastPerson: speaker?.speaker.type === 'Person' ? speaker.speaker : undefined,
  };
  for (const { clause, triggers, between } of found) {
    st.ci++;
    // End of the last directive/commissive trigger ("called on", "threatened"): an event in its
    // "to"-complement is not a fact ("called on the EU to adopt sanctions on Russia").
    let embeddingEnd = -1;
    for (const trig of triggers) {
      if (embeddingEnd >= 0 && isInfinitive(tokens, trig.first, embeddingEnd, lex)) continue;
      if (lex.embedding.has(trig.predicate)) embeddingEnd = trig.last;
      // A reporting verb is not an event ("said"), unless a longer pattern follows ("announced a new aid package for").
      if (speaker && trig.first === speaker.verb && trig.last - trig.first === 1) continue;
      readTrigger(st, trig, clause);
    }
    for (const b of between) {
      const parties = expandPair(st, objectsAfter(tokens, b.last, clause, rec, lex, 'actor'));
      const end = parties.length ? parties[parties.length - 1].last : b.last;
      const about = topicsAfter(tokens, end, clause.last, rec, lex);
      pairwise(parties, (x, y) =>
        emit(st, x, b.predicate, y, {
          negated: negatedBetween(tokens, Math.max(clause.first, b.first - 3), b.first, lex),
          topics: about.topics,
          date: dateNear(st, clause, about.end),
          confidence: 0.75,
          attributed: true,
        }),
      );
    }
  }

  // With no trigger read, the one person the sentence opens with ("Mishustin expressed … He met …").
  st.lastPerson ??= openingPerson(tokens, s, rec, lex);
  return st.lastPerson ? { relations: out, actorMentions, lastPerson: st.lastPerson } : { relations: out, actorMentions };
}

/**
 * One sentence being read, shared by the steps below: module functions rather than closures,
 * so nothing is built (or, under tsx, named) per sentence.
 */
interface Reading {
  s: TokSentence;
  ctx: SentenceContext;
  tokens: Token[];
  rec: Recognized;
  lex: EnLexicon;
  speaker: Attribution | undefined;
  clauses: Clause[];
  /** The clause of the speaker's verb, or -1. */
  speakerClause: number;
  out: Relation[];
  actorMentions: TokMention[];
  evidence: Relation['evidence'];
  /** The clause being read. */
  ci: number;
  /** Subjects of the last verb read in this sentence, for a coordinated verb that follows it. */
  lastSubjects: Participant[];
  lastPerson: EntityRef | undefined;
}

interface Extra {
  negated: boolean;
  topics: string[];
  date?: string;
  confidence: number;
  attributed: boolean;
}

/** Does the speaker's clause report on clause `ci`? ("X said …" covers what follows; "…, X said" what precedes.) */
function reports(st: Reading, ci: number): boolean {
  const { speaker, speakerClause, clauses } = st;
  if (!speaker || ci >= speakerClause) return !!speaker;
  const c = clauses[speakerClause];
  return Math.min(speaker.speakerFirst, speaker.verb) === c.first;
}

/** Relations between a subject and an object (one per topic), and the seats used as actors. */
function emit(st: Reading, subj: Participant, predicate: Predicate, obj: Participant, extra: Extra): void {
  const { actorMentions, speaker, out, evidence } = st;
  if (!subj.entity.id || !obj.entity.id || subj.entity.id === obj.entity.id) return;
  for (const p of [subj, obj]) if (p.mention && p.mention.actor && predicate !== 'VISIT' && predicate !== 'DEPLOY') actorMentions.push(p.mention);
  if (subj.mention?.actor) actorMentions.push(subj.mention);
  const attributedTo = extra.attributed && speaker && reports(st, st.ci) ? speaker.speaker.id : null;
  for (const topic of extra.topics.length ? extra.topics : [undefined]) {
    // Optional fields assigned, not spread from literals (V8's generic copy is slow); graph.json's key order comes from the schema.
    const r: Relation = {
      subject: subj.entity.id,
      predicate,
      object: obj.entity.id,
      negated: extra.negated,
      attributedTo,
      confidence: extra.confidence,
      evidence,
    };
    if (topic && topic !== obj.entity.name && topic !== subj.entity.name) r.topic = topic;
    if (extra.date) r.date = extra.date;
    out.push(r);
  }
}

/** A pair phrase ("the two countries") as its two countries, or nothing when they are unclear. */
function expandPair(st: Reading, ps: Participant[]): Participant[] {
  if (ps.length !== 1 || !ps[0].pair) return ps;
  const two = resolvePair(ps[0].first, st.s, st.rec, st.ctx.countries ?? new Map());
  return two ? two.map((entity) => ({ entity, first: ps[0].first, last: ps[0].last })) : [];
}

/**
 * A date in the event's own clause, up to a few words after its roles: dates further on
 * (or in another clause) often belong to another event.
 */
function dateNear(st: Reading, clause: Clause, end: number): string | undefined {
  const { tokens, rec, lex, ctx } = st;
  return dateIn(tokens, clause.first, Math.min(clause.last, end + DATE_REACH), ctx.published, (k) => !!rec.at[k], lex.fw['date-preposition']);
}

/** The relations of one trigger: its subjects and objects, negation, topics, date and attribution. */
function readTrigger(st: Reading, trig: Trigger, clause: Clause): void {
  const { tokens, rec, lex, s, ctx, speaker } = st;
  let subjects = subjectsBefore(tokens, trig.first, clause, rec, lex);
  let confidence = 0.85;
  // A second coordinated verb ("thanked the EU and urged X") or a participle after a comma
  // (", accusing X of …") shares the subject of the sentence's main verb: the last subject
  // read, or else the participant the sentence opens with.
  const participle = /ing$/.test(tokens[trig.first].norm) && /,/.test(tokens[trig.first - 1]?.post ?? '');
  // "X and Y agreed … at a dinner in Z": a prepositional trigger relates the verb's subjects.
  const adjunct = trig.object === 'none' && tokens[trig.first].tags.has('Preposition');
  if (!subjects.length && (participle || adjunct || isConjoinedVerb(tokens, trig.first, s.first, lex))) {
    subjects = st.lastSubjects.length ? st.lastSubjects : leadingSubjects(tokens, s, rec, lex).filter((p) => p.last <= trig.first);
    confidence = 0.7;
  }
  // A pronoun subject is the sentence's speaker ("Lavrov said he met …"), or for he/she the
  // person who acted in the previous sentence ("Zelensky criticized … He later met …").
  if (subjects.length === 1 && subjects[0].pronoun) {
    // The previous sentence's person only for a pronoun that opens the sentence: later in it,
    // a person named in between is as likely ("urged Xi to … when he visited Paris").
    const previous = subjects[0].first === s.first ? ctx.previousPerson : undefined;
    const antecedent = pronounAntecedent(subjects[0].entity.name, speaker?.speaker, previous);
    if (!antecedent) return;
    subjects = [{ entity: antecedent, first: subjects[0].first, last: subjects[0].last }];
    confidence = 0.6;
  }
  // "the two countries agreed …": the pair in play, for a trigger relating its subjects.
  if (subjects.length === 1 && subjects[0].pair) {
    if (trig.object !== 'none') return;
    subjects = expandPair(st, subjects);
    if (!subjects.length) return;
    confidence = 0.6;
  }
  let objects: Participant[] = trig.slot
    ? objectsAfter(tokens, trig.slot[0], { first: clause.first, last: trig.slot[1] }, rec, lex, trig.object)
    : trig.object === 'none'
      ? []
      : objectsAfter(tokens, trig.last, clause, rec, lex, trig.object);
  // A person received or welcomed, not their decision ("welcomed Macron's decision").
  if (trig.object === 'person') objects = objects.filter((p) => p.entity.type === 'Person' && !tokens[p.last - 1].possessive);
  if (isPassive(tokens, trig.first, clause, lex)) {
    // "Russia was criticized by NATO": the agent after "by" is the subject.
    if (tokens[trig.last]?.norm !== 'by') return;
    const agents = objectsAfter(tokens, trig.last + 1, clause, rec, lex, 'actor');
    if (!agents.length) return;
    [subjects, objects] = [agents, subjects];
  }
  // "In a rebuke to China, Australia summoned …": the actor of a fronted "in a <noun> to X" adjunct follows its comma.
  if (!subjects.length && objects.length && isFrontedAdjunct(tokens, trig.first, clause.first)) {
    const after = Math.max(...objects.map((p) => p.last));
    if (/,/.test(tokens[after - 1].post)) subjects = objectsAfter(tokens, after, clause, rec, lex, 'actor').filter((p) => p.first === after);
  }
  if (!subjects.length) return;
  // "… whether it would deploy …": a hypothetical event is no relation.
  const subjStart = Math.min(...subjects.map((p) => p.first));
  for (let k = clause.first; k < subjStart; k++) if (lex.hypothetical.has(tokens[k].norm)) return;
  st.lastSubjects = subjects;
  if (subjects.length === 1 && subjects[0].entity.type === 'Person') st.lastPerson = subjects[0].entity;
  const subjEnd = Math.max(...subjects.map((p) => p.last));
  const roleEnd = Math.max(trig.last, ...objects.map((p) => p.last));
  const about = topicsAfter(tokens, roleEnd, clause.last, rec, lex);
  const extra = {
    negated: negatedBetween(tokens, subjEnd, trig.first, lex),
    topics: about.topics,
    date: dateNear(st, clause, about.end),
    confidence,
    attributed: !speaker || !subjects.some((p) => p.first === speaker.speakerFirst),
  };
  if (objects.length) {
    for (const sj of subjects) for (const ob of objects) emit(st, sj, trig.predicate, ob, extra);
  } else if (trig.object === 'none' && isSymmetric(trig.predicate) && subjects.length > 1) {
    // "Russia and China agreed …": the coordinated subjects relate to each other.
    pairwise(subjects.slice().reverse(), (x, y) => emit(st, x, trig.predicate, y, { ...extra, confidence: confidence - 0.1 }));
  }
}

/** The one person a sentence opens with, as its subject ("Mishustin expressed …"), if any. */
function openingPerson(tokens: Token[], s: TokSentence, rec: Recognized, lex: EnLexicon): EntityRef | undefined {
  const lead = leadingSubjects(tokens, s, rec, lex);
  return lead.length === 1 && lead[0].entity.type === 'Person' && !lead[0].pronoun ? lead[0].entity : undefined;
}

/** Does the trigger noun open its clause as "in a/an [adjective] <noun>" ("In a rebuke to X, …")? */
function isFrontedAdjunct(tokens: Token[], first: number, clauseFirst: number): boolean {
  let k = first - 1;
  if (k >= clauseFirst && k - 1 >= clauseFirst && !/^(a|an)$/.test(tokens[k].norm)) k--;
  return k - 1 === clauseFirst && /^(a|an)$/.test(tokens[k].norm) && tokens[k - 1].norm === 'in';
}

/** Is the verb at `first` a "to"-infinitive after token `from` ("… to (swiftly) adopt")? */
function isInfinitive(tokens: Token[], first: number, from: number, lex: EnLexicon): boolean {
  let k = first - 1;
  while (k >= from && (tokens[k].tags.has('Adverb') || lex.fw['pre-verb'].has(tokens[k].norm)) && tokens[k].norm !== 'to') k--;
  return k >= from && tokens[k].norm === 'to';
}

function pairwise<T>(xs: T[], f: (a: T, b: T) => void): void {
  for (let i = 0; i < xs.length; i++) for (let j = i + 1; j < xs.length; j++) f(xs[i], xs[j]);
}

/** HOLDS_POSITION relations from title constructions. */
export function postRelations(rec: Recognized, sentences: TokSentence[], docId: string): Relation[] {
  const out: Relation[] = [];
  for (const p of rec.posts) {
    const s = sentenceOf(sentences, p.first);
    if (!s || !p.of || p.relational || p.of.id === p.person.entity.id) continue;
    out.push({
      subject: p.person.entity.id,
      predicate: 'HOLDS_POSITION',
      object: p.of.id,
      topic: p.title,
      negated: false,
      attributedTo: null,
      confidence: 0.9,
      evidence: [{ doc: docId, sentence: s.text, start: s.start, end: s.end }],
    });
  }
  return out;
}
