/**
 * The Vietnamese lexicons (data/lexicons/vi/*.tsv), compiled once into phrase matchers.
 * Code holds no words: every cue the rules use is listed, with provenance, in those files.
 */
import { PREDICATES, type Predicate } from '../../schema.js';
import { PhraseMatcher } from '../../text/phrases.js';
import { readTsvCells } from '../../text/tsv.js';

const dir = new URL('../../../data/lexicons/vi/', import.meta.url);
const rows = (file: string, minCols: number): string[][] => readTsvCells(new URL(file, dir), minCols);

export interface Trigger {
  predicate: Predicate | null;
  noun: boolean;
  motion?: boolean;
}
export interface ObjectFrame {
  preps: PhraseMatcher<true>;
  direct: boolean;
  reach: number;
}

/** One matcher per kind column value. */
function byKind(file: string): Map<string, PhraseMatcher<true>> {
  const out = new Map<string, PhraseMatcher<true>>();
  for (const [phrase, kind] of rows(file, 2)) {
    if (!out.has(kind!)) out.set(kind!, new PhraseMatcher<true>());
    out.get(kind!)!.add(phrase!, true);
  }
  return out;
}

function loadTriggers(): PhraseMatcher<Trigger> {
  const m = new PhraseMatcher<Trigger>();
  for (const [phrase, pred, form] of rows('triggers.tsv', 3)) {
    if (pred !== '-' && !(PREDICATES as readonly string[]).includes(pred!))
      throw new Error(`kg vi lexicon: triggers.tsv: unknown predicate "${pred}" for "${phrase}"`);
    m.add(phrase!, { predicate: pred === '-' ? null : (pred as Predicate), noun: form === 'noun', ...(form === 'motion' ? { motion: true } : {}) });
  }
  return m;
}

function loadRoles(): Map<Predicate, ObjectFrame> {
  const out = new Map<Predicate, ObjectFrame>();
  for (const [pred, preps, direct, reach] of rows('roles.tsv', 4)) {
    const matcher = new PhraseMatcher<true>();
    if (preps !== '-') for (const p of preps!.split(',')) matcher.add(p, true);
    out.set(pred as Predicate, { preps: matcher, direct: direct === 'yes', reach: Number(reach) });
  }
  return out;
}

function loadTopics(): PhraseMatcher<string> {
  return new PhraseMatcher<string>(rows('topics.tsv', 2).map(([p, t]) => [p!, t!] as [string, string]));
}

function kinds(file: string, names: string[]): Record<string, PhraseMatcher<true>> {
  const m = byKind(file);
  return Object.fromEntries(names.map((n) => [n, m.get(n) ?? new PhraseMatcher<true>()]));
}

/** All Vietnamese lexicons, loaded on first use. */
export interface ViLexicon {
  triggers: PhraseMatcher<Trigger>;
  roles: Map<Predicate, ObjectFrame>;
  topics: PhraseMatcher<string>;
  mod: Record<
    | 'aux'
    | 'light'
    | 'classifier'
    | 'boundary'
    | 'coord'
    | 'locative'
    | 'reciprocal'
    | 'oblique'
    | 'pronoun-tail'
    | 'complement'
    | 'purpose'
    | 'manner'
    | 'relative'
    | 'act-noun',
    PhraseMatcher<true>
  >;
  neg: Record<'neg' | '-' | 'adv' | 'irrealis', PhraseMatcher<true>>;
  attribution: Record<'speech' | 'source', PhraseMatcher<true>>;
  cues: Record<
    | 'honorific'
    | 'former'
    | 'counterpart'
    | 'person-anaphor'
    | 'pair-anaphor'
    | 'org-anaphor'
    | 'country-anaphor'
    | 'proposal-anaphor'
    | 'name-particle'
    | 'not-name'
    | 'we'
    | 'post-at'
    | 'portfolio'
    | 'post-of'
    | 'domestic-family'
    | 'title-filler'
    | 'title-joiner'
    | 'style'
    | 'pair-count'
    | 'delegation'
    | 'country-pair',
    PhraseMatcher<true>
  >;
  /** A title read in the text → other canonical titles of the posts it may name (title-senses.tsv). */
  titleSenses: Map<string, string[]>;
  /** Heads of the titles of treaties, declarations and laws (person-cues.tsv, document). */
  documentHeads: string[];
  /** Words before the code of a group of states ("nhóm P5+1"; person-cues.tsv, group). */
  groupWords: string[];
  /** Formal styles of states written before a country's name (person-cues.tsv, state-form). */
  stateForms: string[];
  /** Surfaces of the country whose officials are named without it (person-cues.tsv, domestic-country). */
  domesticCountry: string[];
  topicPrefixes: PhraseMatcher<true>;
  topicGeneric: PhraseMatcher<true>;
  topicIntro: PhraseMatcher<true>;
  topicHead: PhraseMatcher<true>;
  membership: Record<'member' | 'include' | 'example' | 'of' | 'copula' | 'not-copula' | 'article' | 'become' | 'done', PhraseMatcher<true>>;
  votes: Record<VoteCue, PhraseMatcher<true>>;
}

export const VOTE_CUES = [
  'draft',
  'draft-anaphor',
  'agent',
  'owner',
  'sponsor',
  'to-body',
  'respectively',
  'for',
  'against',
  'abstain',
  'adopt',
  'reject',
  'vote',
] as const;
export type VoteCue = (typeof VOTE_CUES)[number];

let cached: ViLexicon | undefined;

export function viLexicon(): ViLexicon {
  if (cached) return cached;
  const topicWords = byKind('topic-words.tsv');
  cached = {
    triggers: loadTriggers(),
    roles: loadRoles(),
    topics: loadTopics(),
    mod: kinds('modifiers.tsv', [
      'aux',
      'light',
      'classifier',
      'boundary',
      'coord',
      'locative',
      'reciprocal',
      'oblique',
      'pronoun-tail',
      'complement',
      'purpose',
      'manner',
      'relative',
      'act-noun',
    ]) as ViLexicon['mod'],
    neg: kinds('negation.tsv', ['neg', '-', 'adv', 'irrealis']) as ViLexicon['neg'],
    attribution: kinds('attribution.tsv', ['speech', 'source']) as ViLexicon['attribution'],
    cues: kinds('person-cues.tsv', [
      'honorific',
      'former',
      'counterpart',
      'person-anaphor',
      'pair-anaphor',
      'org-anaphor',
      'country-anaphor',
      'proposal-anaphor',
      'name-particle',
      'not-name',
      'we',
      'post-at',
      'portfolio',
      'post-of',
      'domestic-family',
      'title-filler',
      'title-joiner',
      'style',
      'pair-count',
      'delegation',
      'country-pair',
    ]) as ViLexicon['cues'],
    titleSenses: rows('title-senses.tsv', 2).reduce((m, [t, o]) => m.set(t!, [...(m.get(t!) ?? []), o!]), new Map<string, string[]>()),
    documentHeads: rows('person-cues.tsv', 2)
      .filter(([, k]) => k === 'document')
      .map(([p]) => p!),
    groupWords: rows('person-cues.tsv', 2)
      .filter(([, k]) => k === 'group')
      .map(([p]) => p!),
    stateForms: rows('person-cues.tsv', 2)
      .filter(([, k]) => k === 'state-form')
      .map(([p]) => p!),
    domesticCountry: rows('person-cues.tsv', 2)
      .filter(([, k]) => k === 'domestic-country')
      .map(([p]) => p!),
    topicGeneric: topicWords.get('generic') ?? new PhraseMatcher<true>(),
    topicPrefixes: topicWords.get('prefix') ?? new PhraseMatcher<true>(),
    topicIntro: topicWords.get('intro') ?? new PhraseMatcher<true>(),
    topicHead: topicWords.get('head') ?? new PhraseMatcher<true>(),
    membership: kinds('membership.tsv', ['member', 'include', 'example', 'of', 'copula', 'not-copula', 'article', 'become', 'done']) as ViLexicon['membership'],
    votes: kinds('votes.tsv', [...VOTE_CUES]) as ViLexicon['votes'],
  };
  return cached;
}
