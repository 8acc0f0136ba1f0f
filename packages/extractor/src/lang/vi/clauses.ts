/**
 * Stage 5, clauses: a sentence's tokens, units and dates in; its clause skeleton out (`skeleton`):
 * token by token, which tokens are function words (aux/modal, negation, light verbs, classifiers,
 * conjunctions, speech verbs, dates, short parentheticals) the relation rules skip, and where
 * clauses end. Built once per sentence with the lexicon matchers: linear in sentence length.
 */
import type { Token } from '../../text/tokens.js';
import { DATE_WORDS, type DateMention } from './mentions/dates.js';
import type { Unit } from './model.js';
import { viLexicon } from './lexicon.js';
import type { PhraseMatcher } from '../../text/phrases.js';

export type Mark =
  | ''
  | 'aux'
  | 'neg'
  | 'irrealis'
  | 'light'
  | 'classifier'
  | 'boundary'
  | 'coord'
  | 'speech'
  | 'source'
  | 'date'
  | 'paren'
  | 'punct'
  | 'reciprocal'
  | 'intro';

export interface Skeleton {
  mark: Mark[];
  /** For a token inside a marked phrase: the phrase's first token (to skip leftwards in one step). */
  spanStart: Int32Array;
  spanEnd: Int32Array; // exclusive
  unitAt: Map<number, Unit>; // by first token
  unitEnd: Map<number, Unit>; // by last token
  tokensLower: string[];
}

const PUNCT = new Set([',', ';', ':', '"', '“', '”', '‘', '’', '(', ')', '–', '—', '-', '!', '?', '.', '…', '[', ']', '«', '»', '|']);

type Pass = [Mark, PhraseMatcher<true>];
let cached: { passes: Pass[]; firsts: Map<string, number[]> } | undefined;

/** The cue passes in priority order (later passes overwrite earlier ones), and for each first syllable the passes with a cue starting with it. */
function cuePasses(): { passes: Pass[]; firsts: Map<string, number[]> } {
  if (cached) return cached;
  const lex = viLexicon();
  const passes: Pass[] = [
    ['classifier', lex.mod.classifier],
    ['aux', lex.mod.aux],
    ['light', lex.mod.light],
    ['coord', lex.mod.coord],
    ['speech', lex.attribution.speech],
    ['source', lex.attribution.source],
    ['boundary', lex.mod.boundary],
    ['intro', lex.topicIntro], // "trong lĩnh vực" introduces a topic, "trong" alone ends a clause
    ['reciprocal', lex.mod.reciprocal],
    ['neg', lex.neg.neg],
    ['irrealis', lex.neg.irrealis],
  ];
  const firsts = new Map<string, number[]>();
  const add = (f: string, p: number): void => {
    const l = firsts.get(f) ?? [];
    if (!l.includes(p)) l.push(p);
    firsts.set(f, l);
  };
  passes.forEach(([, m], p) => {
    for (const f of m.firstSyllables()) add(f, p);
  });
  const negPass = passes.findIndex(([m]) => m === 'neg');
  for (const f of [...lex.neg['-'].firstSyllables(), ...lex.neg.adv.firstSyllables()]) add(f, negPass);
  for (const l of firsts.values()) l.sort((a, b) => a - b);
  cached = { passes, firsts };
  return cached;
}

/**
 * A phrase that starts like a negation but is not one ("không quân", "không chỉ" = not only),
 * unless a trigger overlaps it and runs past it ("không chỉ trích" = does not criticize).
 */
function notNegation(tokens: Token[], i: number): { end: number; adverb: boolean } | undefined {
  const lex = viLexicon();
  const noun = lex.neg['-'].at(tokens, i);
  const adverb = noun ? undefined : lex.neg.adv.at(tokens, i);
  const blocked = noun ?? adverb;
  if (!blocked) return undefined;
  for (let k = i + 1; k < blocked.end; k++) if ((lex.triggers.at(tokens, k)?.end ?? 0) > blocked.end) return undefined;
  return { end: blocked.end, adverb: Boolean(adverb) };
}

/** A hyphen inside a word ("IRIS-T", "F-16") is no clause break. */
function innerHyphen(tokens: Token[], i: number): boolean {
  const t = tokens[i]!,
    a = tokens[i - 1],
    b = tokens[i + 1];
  return (t.text === '-' || t.text === '–') && a !== undefined && b !== undefined && a.end === t.start && b.start === t.end;
}

export function skeleton(tokens: Token[], units: Unit[], dates: DateMention[]): Skeleton {
  const lex = viLexicon();
  const n = tokens.length;
  const mark: Mark[] = new Array(n).fill('');
  const spanStart = new Int32Array(n);
  const spanEnd = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    spanStart[i] = i;
    spanEnd[i] = i + 1;
  }
  const unitAt = new Map(units.map((u) => [u.first, u]));
  const unitEnd = new Map(units.map((u) => [u.last, u]));
  const inUnit = new Uint8Array(n);
  for (const u of units) inUnit.fill(1, u.first, u.last + 1);
  const set = (a: number, b: number, m: Mark): void => {
    for (let k = a; k < b; k++) {
      if (inUnit[k]) continue;
      mark[k] = m;
      spanStart[k] = a;
      spanEnd[k] = b;
    }
  };
  // Each pass visits only the tokens one of its cues can start at (one Map lookup per token in all).
  const { passes, firsts } = cuePasses();
  const starts: number[][] = passes.map(() => []);
  for (let i = 0; i < n; i++) {
    if (inUnit[i]) continue;
    const ps = firsts.get(tokens[i]!.lower);
    if (ps) for (const p of ps) starts[p]!.push(i);
  }
  for (let p = 0; p < passes.length; p++) {
    const [m, matcher] = passes[p]!;
    let free = 0; // leftmost-longest, non-overlapping within a pass
    for (const i of starts[p]!) {
      if (i < free) continue;
      const blocked = m === 'neg' ? notNegation(tokens, i) : undefined;
      if (blocked) {
        if (blocked.adverb) set(i, blocked.end, 'aux');
        free = blocked.end;
        continue;
      }
      const hit = matcher.at(tokens, i);
      if (hit) {
        set(i, hit.end, m);
        free = hit.end;
      }
    }
  }
  for (const d of dates) {
    let e = d.at;
    while (e < n && (tokens[e]!.num || tokens[e]!.text === '/' || DATE_WORDS.span.has(tokens[e]!.lower) || tokens[e]!.text === '(' || tokens[e]!.text === ')'))
      e++;
    if (e > d.at) set(d.at, e, 'date');
  }
  let parens = false;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.word) continue;
    if (mark[i] !== 'date' && PUNCT.has(t.text) && !innerHyphen(tokens, i)) mark[i] = 'punct';
    if (t.text === '(') parens = true;
  }
  // Short parentheticals without an argument ("(trái)", "(4/7)") are skipped, not clause ends.
  for (let i = 0; parens && i < n; i++) {
    if (tokens[i]!.text !== '(') continue;
    let j = i + 1;
    while (j < n && j - i <= 6 && tokens[j]!.text !== ')' && !inUnit[j]) j++;
    if (tokens[j]?.text === ')') set(i, j + 1, 'paren');
  }
  return { mark, spanStart, spanEnd, unitAt, unitEnd, tokensLower: tokens.map((t) => t.lower) };
}
