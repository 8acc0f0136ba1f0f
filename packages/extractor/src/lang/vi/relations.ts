/**
 * The Vietnamese extraction, given its resources: sentences → entities (gazetteer,
 * persons, coreference) → relations from clause structure and title phrases.
 */
import type { CleanDocument, DocumentExtraction } from '../../types.js';
import { RelationSet } from '../../relations/build.js';
import { buildDocument } from './mentions.js';
import { sentenceRelations } from './relations/sentence.js';
import { positionSightings } from './relations/positions.js';
import { memberships } from './relations/membership.js';
import { newVoteState, voteRelations } from './relations/votes.js';
import type { ViResources } from './resources.js';
import { liftToCountries } from '../../relations/lift.js';
import { personCountry } from './mentions/sides.js';
import { hostVisits, welcomeVisits } from './relations/host.js';
import { dispatchVisits } from './relations/dispatch.js';

export function extractVi(doc: CleanDocument, res: ViResources): DocumentExtraction {
  const model = buildDocument(doc, res);
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
  const entities = model.entities.list();
  const kept = new Set(entities.map((e) => e.id));
  return {
    document: { id: doc.id, path: doc.path, title: doc.title, lang: doc.lang, published: doc.published, text: doc.text },
    entities,
    relations: relations.list().filter((r) => kept.has(r.subject) && kept.has(r.object)),
  };
}
