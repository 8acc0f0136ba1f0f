/**
 * The English lexicons (data/lexicons/en/*.tsv), loaded once and compiled into
 * lookup tables: verb patterns are expanded into every inflection of their first
 * word with compromise's conjugator, so matching is a Map lookup per token.
 */
import nlp from 'compromise';
import { WordsMatcher } from '../../text/phrases.js';
import { readTsvCells } from '../../text/tsv.js';
import type { Predicate } from '../../schema.js';
import { PREDICATES } from '../../schema.js';

const dataUrl = (name: string): URL => new URL(`../../../data/lexicons/en/${name}`, import.meta.url);

/** Rows of a lexicon file without its column-name row. */
function rows(name: string, minCols: number): string[][] {
  return readTsvCells(dataUrl(name), minCols);
}

export type ObjectKind = 'actor' | 'place' | 'target' | 'person' | 'none';

/** One trigger pattern: words after the verb, '*' = a gap of up to three words, '<obj>' = object slot. */
export interface TriggerPattern {
  predicate: Predicate;
  words: string[];
  object: ObjectKind;
  source: string;
}

/** Roles of function words (data/lexicons/en/function-words.tsv). */
export type FunctionRole =
  | 'pre-verb'
  | 'determiner'
  | 'subject-pronoun'
  | 'be'
  | 'topic-preposition'
  | 'topic-stop'
  | 'clause-opener'
  | 'place-preposition'
  | 'date-preposition'
  | 'modifier'
  | 'pair-noun'
  | 'group-noun';
const FUNCTION_ROLES: FunctionRole[] = [
  'pre-verb',
  'determiner',
  'subject-pronoun',
  'be',
  'topic-preposition',
  'topic-stop',
  'clause-opener',
  'place-preposition',
  'date-preposition',
  'modifier',
  'pair-noun',
  'group-noun',
];

export interface EnLexicon {
  /** Function words by role. */
  fw: Record<FunctionRole, ReadonlySet<string>>;
  /** Trigger patterns by every inflected form of their first word, longest first. */
  triggers: Map<string, TriggerPattern[]>;
  /** Nouns of "talks between X and Y" by their lower-case words. */
  between: WordsMatcher<Predicate>;
  negation: WordsMatcher<true>;
  /** Subordinators that make the following event hypothetical ("whether", "if"). */
  hypothetical: ReadonlySet<string>;
  /** Predicates whose "to"-infinitive complement is not asserted (DEMAND: "called on X to impose …"). */
  embedding: ReadonlySet<Predicate>;
  /** Every inflection of the reporting verbs. */
  reportVerbs: Set<string>;
  reportPreps: string[][];
  actorHeads: WordsMatcher<true>;
  /** Nouns of membership ("member", "member states", "ally"). */
  memberNouns: WordsMatcher<true>;
  /** Every word of an actor head, for a cheap first test. */
  headWords: ReadonlySet<string>;
  /** Lower-case particles inside personal names ("von", "der", "bin"). */
  nameParticles: ReadonlySet<string>;
  /** Words that type an unknown capitalised name (place-words.tsv): features, institutions, events. */
  placeWords: Record<'feature' | 'institution' | 'event' | 'cue', ReadonlySet<string>>;
  /** English titles beyond the shared list (titles-extra.tsv): lower-case surface → canonical. */
  extraTitles: ReadonlyMap<string, string>;
  /** Delegation nouns ("delegation", "team") and the cues before their leader ("led by"), delegations.tsv. */
  delegationNouns: WordsMatcher<true>;
  delegationCues: WordsMatcher<true>;
  /** Canonical titles of posts held abroad (resident-titles.tsv), lower-case: their holders visit no one. */
  residentTitles: ReadonlySet<string>;
  /** Canonical titles of leaders who act for the state (leader-titles.tsv), lower-case. */
  leaderTitles: ReadonlySet<string>;
  /** Canonical titles relative to another person ("Counterpart"): the real title is looked up. */
  relationalTitles: ReadonlySet<string>;
  /** Title prefixes ("vice", "first deputy") → canonical. */
  titlePrefixes: WordsMatcher<string>;
  /** Capitalised words that are no lone place or person name (not-names.tsv: languages, agencies …). */
  notNames: ReadonlySet<string>;
  /** Heads of "<head> of <Name>" government bodies (org-heads.tsv). */
  orgHeads: ReadonlySet<string>;
  /** Word classes usable in trigger patterns ("{aid-goods}" → weapons, systems, aid …). */
  wordClasses: ReadonlyMap<string, ReadonlySet<string>>;
  /** Topic phrases (lower-case words) → canonical topic, longest first. */
  topics: Array<{ topic: string; words: string[] }>;
  /** Topic phrases by their first word (without a possessive "'s"), longest first. */
  topicsByFirst: Map<string, Array<{ topic: string; words: string[] }>>;
}

type Conjugator = (inf: string, model: unknown) => Record<string, string>;
const world = (nlp as unknown as { world(): { model: unknown; methods: { two: { transform: { verb: { conjugate: Conjugator } } } } } }).world();

/**
 * Every one-word form of an English verb: base, 3rd person, past, past participle
 * (compromise gives irregular ones: spoken, taken, withdrawn), gerund.
 */
export function inflections(verb: string): string[] {
  const forms = world.methods.two.transform.verb.conjugate(verb, world.model);
  return [...new Set([verb, ...Object.values(forms).filter((f) => !f.includes(' '))])];
}

// Lexicon phrases split like the text: on spaces and hyphens ("cease-fire" = cease + fire).
const words = (s: string): string[] =>
  s
    .toLowerCase()
    .split(/[\s\-\u2010\u2011]+/)
    .filter(Boolean);
const byLength = <T extends { words: string[] }>(a: T, b: T): number => b.words.length - a.words.length;

function asPredicate(p: string, file: string): Predicate {
  if (!(PREDICATES as readonly string[]).includes(p)) throw new Error(`kg lexicon en: ${file}: unknown predicate "${p}"`);
  return p as Predicate;
}

function loadTriggers(): Map<string, TriggerPattern[]> {
  const out = new Map<string, TriggerPattern[]>();
  for (const [pred, pattern, object = 'actor'] of rows('triggers.tsv', 2)) {
    const [verb, ...rest] = words(pattern);
    if (!['actor', 'place', 'target', 'person', 'none'].includes(object))
      throw new Error(`kg lexicon en: triggers.tsv: bad object kind "${object}" for "${pattern}"`);
    const p: TriggerPattern = { predicate: asPredicate(pred, 'triggers.tsv'), words: rest, object: object as ObjectKind, source: pattern };
    for (const form of inflections(verb)) {
      const list = out.get(form) ?? [];
      list.push(p);
      out.set(form, list);
    }
  }
  for (const list of out.values()) list.sort((a, b) => b.words.length - a.words.length || (a.object === 'none' ? 1 : 0) - (b.object === 'none' ? 1 : 0));
  return out;
}

/** data/lexicons/en/word-classes.tsv: class name → its words (used as "{name}" in trigger patterns). */
function loadWordClasses(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [cls, word] of rows('word-classes.tsv', 2)) {
    const key = `{${cls}}`;
    out.set(key, (out.get(key) ?? new Set()).add(word.toLowerCase()));
  }
  return out;
}

function loadExtraTitles(): { extraTitles: Map<string, string>; titlePrefixes: WordsMatcher<string>; relationalTitles: Set<string> } {
  const extraTitles = new Map<string, string>(),
    titlePrefixes = new Map<string, string>(),
    relationalTitles = new Set<string>();
  for (const [kind, surface, canonical] of rows('titles-extra.tsv', 3)) {
    if (kind !== 'title' && kind !== 'prefix' && kind !== 'relational') throw new Error(`kg lexicon en: titles-extra.tsv: unknown kind "${kind}"`);
    (kind === 'prefix' ? titlePrefixes : extraTitles).set(words(surface).join(' '), canonical);
    if (kind === 'relational') relationalTitles.add(canonical);
  }
  return { extraTitles, titlePrefixes: new WordsMatcher([...titlePrefixes].map(([p, c]) => [p.split(' '), c] as const)), relationalTitles };
}

function loadPlaceWords(): EnLexicon['placeWords'] {
  const out = { feature: new Set<string>(), institution: new Set<string>(), event: new Set<string>(), cue: new Set<string>() };
  for (const [kind, word] of rows('place-words.tsv', 2)) {
    if (!(kind in out)) throw new Error(`kg lexicon en: place-words.tsv: unknown kind "${kind}"`);
    out[kind as keyof typeof out].add(word.toLowerCase());
  }
  return out;
}

let cached: EnLexicon | undefined;

/** The compiled lexicons (loaded on first use). */
export function enLexicon(): EnLexicon {
  if (cached) return cached;
  const reportVerbs = new Set<string>();
  const reportPreps: string[][] = [];
  for (const [kind, cue] of rows('attribution.tsv', 2)) {
    if (kind === 'verb') inflections(cue).forEach((f) => reportVerbs.add(f));
    else reportPreps.push(words(cue));
  }
  const actorHeads = rows('actor-heads.tsv', 1)
    .map(([n]) => words(n))
    .sort((a, b) => b.length - a.length);
  const topics = rows('topics.tsv', 2)
    .map(([topic, phrase]) => ({ topic, words: words(phrase) }))
    .sort(byLength);
  const topicsByFirst = new Map<string, Array<{ topic: string; words: string[] }>>();
  for (const t of topics) {
    const key = t.words[0].replace(/['’]s$/, '');
    topicsByFirst.set(key, [...(topicsByFirst.get(key) ?? []), t]);
  }
  const fw = Object.fromEntries(FUNCTION_ROLES.map((r) => [r, new Set<string>()])) as Record<FunctionRole, Set<string>>;
  for (const [role, word] of rows('function-words.tsv', 2)) {
    if (!(role in fw)) throw new Error(`kg lexicon en: function-words.tsv: unknown role "${role}"`);
    fw[role as FunctionRole].add(word);
  }
  const wordClasses = loadWordClasses();
  const triggers = loadTriggers();
  for (const list of triggers.values())
    for (const t of list)
      for (const w of t.words)
        if (w.startsWith('{') && !wordClasses.has(w)) throw new Error(`kg lexicon en: triggers.tsv: unknown word class ${w} in "${t.source}"`);
  cached = {
    fw,
    triggers,
    between: new WordsMatcher(rows('between.tsv', 2).map(([p, n]) => [words(n), asPredicate(p, 'between.tsv')] as const)),
    embedding: new Set(rows('embedding.tsv', 1).map(([p]) => asPredicate(p, 'embedding.tsv'))),
    hypothetical: new Set(rows('hypothetical.tsv', 1).map(([c]) => c)),
    negation: new WordsMatcher(rows('negation.tsv', 1).map(([c]) => [words(c), true] as const)),
    reportVerbs,
    reportPreps,
    actorHeads: new WordsMatcher(actorHeads.map((h) => [h, true] as const)),
    memberNouns: new WordsMatcher(rows('membership.tsv', 1).map(([n]) => [words(n), true] as const)),
    headWords: new Set(actorHeads.flat()),
    nameParticles: new Set(rows('name-particles.tsv', 1).map(([w]) => w)),
    topics,
    topicsByFirst,
    wordClasses,
    placeWords: loadPlaceWords(),
    orgHeads: new Set(rows('org-heads.tsv', 1).map(([w]) => w.toLowerCase())),
    notNames: new Set(rows('not-names.tsv', 1).map(([w]) => w.toLowerCase())),
    delegationNouns: new WordsMatcher(
      rows('delegations.tsv', 2)
        .filter(([k]) => k === 'noun')
        .map(([, w]) => [words(w), true] as const),
    ),
    delegationCues: new WordsMatcher(
      rows('delegations.tsv', 2)
        .filter(([k]) => k === 'cue')
        .map(([, w]) => [words(w), true] as const),
    ),
    residentTitles: new Set(rows('resident-titles.tsv', 1).map(([t]) => t.toLowerCase())),
    leaderTitles: new Set(rows('leader-titles.tsv', 1).map(([t]) => t.toLowerCase())),
    ...loadExtraTitles(),
  };
  return cached;
}
