/**
 * Who claims a relation. "X cho biết/khẳng định … <relation>", "<quote>, X cho biết" and
 * "Theo X, <relation>" make X the claimant. A relation is attributed only when it is a
 * claim about others: when X (or the country/organization X speaks for) is not one of
 * the relation's actors; a side reporting its own act is not attributed.
 */
import type { Skeleton } from '../clauses.js';
import type { DocumentModel, SentenceModel, Unit } from '../model.js';
import { viLexicon } from '../lexicon.js';

/** The speaker unit whose claim covers token `at`, if any. */
function speakerUnit(s: SentenceModel, sk: Skeleton, at: number): Unit | undefined {
  const { tokens } = s;
  // "Theo X, …" at the start of the sentence
  const source = viLexicon().attribution.source;
  for (let i = 0; i < Math.min(at, 3); i++) {
    const cue = source.at(tokens, i); // "theo" is also a clause boundary in the skeleton: ask the lexicon
    if (!cue) continue;
    const u = sk.unitAt.get(cue.end);
    if (u && tokens[u.last + 1]?.text === ',') return u;
  }
  for (let i = 0; i < tokens.length; i++) {
    if (sk.mark[i] !== 'speech' || sk.spanStart[i] !== i) continue;
    // the speaker stands right before the cue (aux/dates between)
    let k = i - 1;
    while (k >= 0 && (sk.mark[k] === 'aux' || sk.mark[k] === 'date' || sk.mark[k] === 'paren')) k = sk.spanStart[k]! - 1;
    const u = sk.unitEnd.get(k);
    if (!u) continue;
    if (i < at) return u; // X cho biết … relation
    const quoted = tokens.slice(at, u.first).some((t) => /["”“’]/.test(t.text));
    if (quoted) return u; // "… relation …", X cho biết
  }
  return undefined;
}

/** attributedTo for a relation whose trigger is at `at` and whose actors are `actors`. */
export function speakerFor(model: DocumentModel, s: SentenceModel, sk: Skeleton, at: number, actors: string[]): string | null {
  const u = speakerUnit(s, sk, at);
  if (!u || u.pair) return null;
  const speakerSides = model.sides(u.id);
  // a person whose country or body is not stated may be speaking for a side of the relation: do not guess
  if (u.type === 'Person' && speakerSides.size === 1) return null;
  for (const a of actors) for (const side of model.sides(a)) if (speakerSides.has(side)) return null;
  return u.id;
}
