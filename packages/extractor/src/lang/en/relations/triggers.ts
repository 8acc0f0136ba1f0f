/**
 * Trigger phrases in a clause: a verb in any inflection plus the words of its
 * pattern (data/lexicons/en/triggers.tsv), and "talks/tensions/war between X and Y".
 */
import type { Predicate } from '../../../schema.js';
import type { Token } from '../tokens.js';
import type { Clause } from '../clauses.js';
import type { EnLexicon, ObjectKind } from '../lexicon.js';
import type { TokMention } from '../model.js';

export interface Trigger {
  predicate: Predicate;
  first: number; // first token of the trigger
  last: number; // token after the trigger
  object: ObjectKind;
  /** Tokens of an '<obj>' slot inside the pattern ("supplied [Kyiv] with"). */
  slot?: [number, number];
  source: string;
}

const GAP = 8;

/** Every trigger in a clause, longest pattern first at each token, non-overlapping. */
export function triggersIn(tokens: Token[], clause: Clause, lex: EnLexicon, at: Array<TokMention | undefined>): Trigger[] {
  const out: Trigger[] = [];
  for (let i = clause.first; i < clause.last; i++) {
    if (at[i]) continue;
    const patterns = lex.triggers.get(tokens[i].norm);
    if (!patterns) continue;
    for (const p of patterns) {
      const m = matchPattern(tokens, i + 1, clause.last, p.words, at, lex.wordClasses);
      if (!m) continue;
      const trigger: Trigger = { predicate: p.predicate, first: i, last: m.end, object: p.object, source: p.source };
      if (m.slot) trigger.slot = m.slot;
      out.push(trigger);
      i = m.end - 1;
      break;
    }
  }
  return out;
}

/** Does token `t` match pattern word `word` (a literal, or `{class}` of data/lexicons/en/word-classes.tsv)? */
function wordMatches(t: Token, word: string, classes: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  return word.startsWith('{') ? classes.get(word)?.has(t.norm) === true : t.norm === word;
}

/**
 * Matches pattern words from token `k`; returns the token after the match. A gap tries its
 * shortest fill first and backtracks ("pledged $2 billion in military aid to": "billion" is
 * a {aid-goods} word but "in" is not "to", so the gap grows to "aid").
 */
function matchPattern(
  tokens: Token[],
  k: number,
  end: number,
  words: string[],
  at: Array<TokMention | undefined>,
  classes: ReadonlyMap<string, ReadonlySet<string>>,
  w = 0,
  slot?: [number, number],
): { end: number; slot?: [number, number] } | undefined {
  for (; w < words.length; w++) {
    const word = words[w];
    if (word === '*' || word === '<obj>') {
      const next = words[w + 1];
      for (let g = word === '<obj>' ? 1 : 0; g <= GAP && k + g < end; g++) {
        if (!wordMatches(tokens[k + g], next, classes)) continue;
        // The slot opens on an entity, or on "the" before one ("provide the Philippines with").
        if (word === '<obj>' && !at[k] && !(tokens[k].norm === 'the' && at[k + 1])) return undefined;
        const m = matchPattern(tokens, k + g, end, words, at, classes, w + 1, word === '<obj>' ? [k, k + g] : slot);
        if (m) return m;
      }
      return undefined;
    }
    if (k >= end || !wordMatches(tokens[k], word, classes)) return undefined;
    // A pattern word must not be glued to a clause-internal comma except at its end.
    if (w < words.length - 1 && /,/.test(tokens[k].post)) return undefined;
    k++;
  }
  return slot ? { end: k, slot } : { end: k };
}

/** "talks between Russia and NATO", "tensions between Moscow and Washington". */
export interface BetweenTrigger {
  predicate: Predicate;
  first: number;
  last: number;
}

export function betweenIn(tokens: Token[], clause: Clause, lex: EnLexicon): BetweenTrigger[] {
  const out: BetweenTrigger[] = [];
  for (let i = clause.first; i < clause.last; i++) {
    if (tokens[i].norm !== 'between') continue;
    const b = lex.between.endingAt(tokens, i - 1, clause.first);
    if (b) out.push({ predicate: b.value, first: b.start, last: i + 1 });
  }
  return out;
}
