/**
 * Envoys sent somewhere visit it: "X đã cử Ngoại trưởng A tới Y", "X cử hai đặc phái viên tới Y gồm
 * A và B" → A VISIT Y, B VISIT Y. The sender visits nothing. The envoys are the persons named between
 * the verb and the destination, or listed after "gồm" right after it, up to the end of the clause
 * (names after "của" are owners, not envoys: "con rể của ông X là A").
 */
import type { Sighting } from '../../../relations/build.js';
import type { DocumentModel, SentenceModel, Unit } from '../model.js';
import { clauseCues } from '../clauses/cues.js';
import { viLexicon } from '../lexicon.js';

const REACH = 8; // tokens from the verb to the destination
const CONFIDENCE = 0.7; // an inference from the sending, not a reported visit
const CLAUSE_END = new Set(['.', ';', ':', '!', '?', '"', '“', '”']);

export function dispatchVisits(model: DocumentModel, s: SentenceModel): Sighting[] {
  const { tokens, units } = s;
  const cues = clauseCues(),
    lex = viLexicon();
  const unitAt = new Map(units.map((u) => [u.first, u]));
  const out: Sighting[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const cue = cues.dispatch.at(tokens, i);
    if (!cue) continue;
    const envoys: Unit[] = [];
    let dest: Unit | undefined,
      after = -1;
    for (let j = cue.end; j < Math.min(tokens.length, cue.end + REACH) && !dest; j++) {
      if (tokens[j]!.text === ',' || CLAUSE_END.has(tokens[j]!.text)) break;
      const u = unitAt.get(j);
      if (u) {
        if (u.type === 'Person') envoys.push(u);
        j = u.last;
        continue;
      }
      const prep = lex.roles.get('VISIT')!.preps.at(tokens, j);
      const place = prep && unitAt.get(prep.end);
      if (place && (place.type === 'Country' || place.type === 'Location')) {
        dest = place;
        after = place.last + 1;
      }
    }
    if (!dest) continue;
    if (lex.membership.include.at(tokens, after)) envoys.push(...listedPersons(tokens, unitAt, lex.membership.include.at(tokens, after)!.end));
    for (const e of envoys)
      out.push({
        subject: e.id,
        predicate: 'VISIT',
        object: dest.id,
        negated: false,
        attributedTo: null,
        confidence: CONFIDENCE,
        evidence: { doc: model.doc.id, sentence: s.sentence.text, start: s.sentence.start, end: s.sentence.end },
      });
    i = cue.end - 1;
  }
  return out;
}

/** Persons named from token `from` to the end of the clause, not after "của". */
function listedPersons(tokens: SentenceModel['tokens'], unitAt: Map<number, Unit>, from: number): Unit[] {
  const owner = viLexicon().mod.oblique;
  const out: Unit[] = [];
  for (let j = from; j < tokens.length && !CLAUSE_END.has(tokens[j]!.text); j++) {
    const u = unitAt.get(j);
    if (!u) continue;
    const ownedBy = j > 0 && owner.at(tokens, j - 1)?.end === j;
    if (u.type === 'Person' && !ownedBy) out.push(u);
    j = u.last;
  }
  return out;
}
