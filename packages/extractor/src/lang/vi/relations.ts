/**
 * Stage 6, relations: the document model in; one RelationSet out, from each prose sentence's triggers,
 * visits, membership and votes and from the title phrases. Each pass builds a sentence's clause
 * skeleton (stage 5) only when the sentence has one of its cues: most never need one. Passes in relations/.
 */
import { RelationSet } from '../../relations/build.js';
import { sentenceRelations } from './relations/sentence.js';
import { positionSightings } from './relations/positions.js';
import { memberships } from './relations/membership.js';
import { newVoteState, voteRelations } from './relations/votes.js';
import { liftToCountries } from '../../relations/lift.js';
import { personCountry } from './mentions/sides.js';
import { hostVisits, welcomeVisits } from './relations/host.js';
import { dispatchVisits } from './relations/dispatch.js';
import type { DocumentModel } from './model.js';

export function relations(model: DocumentModel): RelationSet {
  const relations = new RelationSet();
  const discourse = { authors: [] as string[] };
  const votes = newVoteState();
  const countryOf = (id: string): string | undefined => personCountry(model, id);
  for (const s of model.sentences) {
    if (!s.prose) continue;
    const found = sentenceRelations(model, s, discourse);
    for (const r of liftToCountries(found, countryOf)) relations.add(r);
    for (const r of hostVisits(model, s, found)) relations.add(r);
    if (found.length || s.units.length > 1) for (const r of [...dispatchVisits(model, s), ...welcomeVisits(model, s)]) relations.add(r);
    for (const r of memberships(model, s)) relations.add(r);
    for (const r of voteRelations(model, s, votes)) relations.add(r);
  }
  for (const r of positionSightings(model)) relations.add(r);
  return relations;
}
