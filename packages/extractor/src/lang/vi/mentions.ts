/**
 * Pass 2 over a document: turns each sentence's annotations into argument units (spans
 * that stand for one entity: a named entity, a person phrase with its title, a bare role
 * "Ngoại trưởng Nga", or an anaphor "ông", "hai bên", "liên minh này" resolved from the
 * preceding sentences), and records every entity mention. The model's types are in model.ts.
 */
import type { CleanDocument } from '../../types.js';
import { splitSentences } from '../../text/sentences.js';
import { annotate, within, type Annotated } from './mentions/annotate.js';
import { Discourse } from './coreference/anaphora.js';
import { EntityTable } from './mentions/entity-table.js';
import { documentTokens, sentenceTokens } from './tokens.js';
import { findEvents } from './mentions/events.js';
import { findPlaces } from './mentions/places.js';
import { knownEnsurer } from './mentions/known.js';
import { NameRuns } from './coreference/name-runs.js';
import { personEntities } from './mentions/person-entities.js';
import { personPosts } from './mentions/person-posts.js';
import type { ViResources } from './resources.js';
import { documentSides } from './mentions/sides.js';
import { quoteSpeakers } from './coreference/speakers.js';
import { sentenceUnits } from './coreference/units.js';
import type { DocumentModel, SentenceModel } from './model.js';

export type { DocumentModel, SentenceModel, Unit } from './model.js';

const sortByStart = <T extends { start: number }>(a: T[]): T[] => a.sort((x, y) => x.start - y.start);

export function buildDocument(doc: CleanDocument, res: ViResources): DocumentModel {
  const annotated = annotateSentences(doc, res);
  const entities = new EntityTable();
  const people = personEntities(annotated, res, entities);
  const ensureKnown = knownEnsurer(entities, res);
  const { phrases, posts, extraSides } = personPosts(annotated, doc, res, entities, people, ensureKnown);
  const sides = documentSides(entities, posts, extraSides, ensureKnown);
  const quotes = quoteSpeakers(annotated, people);
  const capitalOf = new Map<string, string>();
  const ctx = { doc, res, entities, people, ensureKnown, capitalOf, discourse: new Discourse(), nameRuns: new NameRuns(people, res), sides, quotes };
  // The annotation becomes the sentence model in place: a spread copied every field of every sentence.
  const sentences: SentenceModel[] = annotated.map((a) => Object.assign(a, { units: sentenceUnits(a, ctx) }));
  return { doc, sentences, entities, persons: people.persons, posts, phrases, sides: sides.sides, capitalOf };
}

/** Pass 1: each sentence annotated with the gazetteer hits, titles and person names that fall in it. */
function annotateSentences(doc: CleanDocument, res: ViResources): Annotated[] {
  const found = res.entities(doc.text);
  sortByStart(found);
  const known = sortByStart(found.concat(findEvents(doc.text, found, doc.published), findPlaces(doc.text, found)));
  const titles = sortByStart(res.titles(doc.text));
  const people = sortByStart(res.persons?.(doc.text) ?? []);
  const tokens = documentTokens(doc.text);
  return splitSentences(doc.text).map((s, i) =>
    annotate(i, s, within(known, s.start, s.end), within(titles, s.start, s.end), within(people, s.start, s.end), sentenceTokens(tokens, s)),
  );
}
