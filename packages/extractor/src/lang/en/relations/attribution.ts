/**
 * Who a sentence's claims are attributed to: "…, Lavrov said", "Lavrov told
 * reporters …", "said Lavrov", "according to Moscow", "a Kremlin spokesman said".
 * The reporting verbs and phrases are in data/lexicons/en/attribution.tsv.
 */
import type { Token, TokSentence } from '../tokens.js';
import type { EntityRef, Recognized } from '../model.js';
import type { EnLexicon } from '../lexicon.js';
import { objectsAfter, subjectsBefore } from './roles.js';

export interface Attribution {
  speaker: EntityRef;
  verb: number;
  speakerFirst: number;
  speakerLast: number;
}

/** First words of the reporting phrases ("according"), so most tokens try none of them. */
const prepFirsts = new WeakMap<EnLexicon, Set<string>>();
function reportPrepFirsts(lex: EnLexicon): Set<string> {
  let firsts = prepFirsts.get(lex);
  if (!firsts) prepFirsts.set(lex, (firsts = new Set(lex.reportPreps.map((p) => p[0]))));
  return firsts;
}

/**
 * Do tokens k, k + 1, … read `words`? (A function, not a closure over the loop's k: V8 would
 * allocate a context for k at every token of every sentence.)
 */
function wordsAt(tokens: Token[], k: number, words: readonly string[]): boolean {
  for (let j = 0; j < words.length; j++) if (tokens[k + j]?.norm !== words[j]) return false;
  return true;
}

/** The speaker of a sentence, or undefined. */
export function attributionOf(tokens: Token[], s: TokSentence, rec: Recognized, lex: EnLexicon): Attribution | undefined {
  const whole = { first: s.first, last: s.last };
  const prepFirsts = reportPrepFirsts(lex);
  for (let k = s.first; k < s.last; k++) {
    const t = tokens[k];
    if (!t.cap && lex.reportVerbs.has(t.norm) && !rec.titleTokens.has(k)) {
      const before = subjectsBefore(tokens, k, whole, rec, lex).find((b) => !b.pronoun);
      if (before) return { speaker: before.entity, verb: k, speakerFirst: before.first, speakerLast: before.last };
      // Inverted "…, said Lavrov." only when the speaker ends the clause.
      const after = objectsAfter(tokens, k + 1, whole, rec, lex, 'actor')[0];
      if (after && after.first === k + 1 && (after.last === s.last || /[,.;]/.test(tokens[after.last - 1].post)))
        return { speaker: after.entity, verb: k, speakerFirst: after.first, speakerLast: after.last };
    }
    if (!prepFirsts.has(t.norm)) continue;
    for (const prep of lex.reportPreps) {
      if (!wordsAt(tokens, k, prep)) continue;
      const p = objectsAfter(tokens, k + prep.length, whole, rec, lex, 'actor')[0];
      if (p) return { speaker: p.entity, verb: k, speakerFirst: p.first, speakerLast: p.last };
    }
  }
  return undefined;
}
