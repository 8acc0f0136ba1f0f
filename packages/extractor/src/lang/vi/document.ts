/**
 * Pass 2 over a document: turns each sentence's annotations into argument units (spans
 * that stand for one entity: a named entity, a person phrase with its title, a bare role
 * "Ngoại trưởng Nga", or an anaphor "ông", "hai bên", "liên minh này" resolved from the
 * preceding sentences), and records every entity mention.
 */
import type { EntityType } from '../../schema.js';
import type { CleanDocument } from '../../types.js';
import { splitSentences } from '../../text/sentences.js';
import { annotate, within, type Annotated, type PersonPhrase } from './annotate.js';
import { Discourse } from './anaphora.js';
import { EntityTable } from './entities.js';
import { documentTokens, sentenceTokens } from './document-tokens.js';
import { findEvents } from './events.js';
import { findPlaces } from './places.js';
import { knownEnsurer } from './known.js';
import { NameRuns } from './name-runs.js';
import { personEntities } from './person-entities.js';
import { personPosts } from './person-posts.js';
import type { PersonIndex } from './persons.js';
import type { ViResources } from './resources.js';
import { documentSides } from './sides.js';
import { quoteSpeakers } from './speakers.js';
import { sentenceUnits } from './units.js';

export interface Unit {
  first: number;
  last: number; // token indexes, inclusive
  id: string;
  type: EntityType;
  /** name: named here; role: a title standing for a person named elsewhere; anaphor: a pronoun-like phrase. */
  via: 'name' | 'role' | 'anaphor';
  /** For pair anaphors ("hai bên"): the two entities. */
  pair?: [string, string];
}

export interface SentenceModel extends Annotated {
  units: Unit[];
}

export interface DocumentModel {
  doc: CleanDocument;
  sentences: SentenceModel[];
  entities: EntityTable;
  persons: PersonIndex;
  /** Person entity id → its stated posts, for HOLDS_POSITION and attribution. */
  posts: Map<string, Array<{ title: string; affiliation?: string }>>;
  /** Each person phrase with the entity id it resolved to, and its post (counterparts resolved). */
  phrases: Array<{ sentence: number; phrase: PersonPhrase; id: string; title?: string }>;
  /** Entity id → entity ids it acts for (a person's countries/organizations). */
  sides(id: string): Set<string>;
  /** A capital named as a place ("tại Tokyo") → its country. */
  capitalOf: Map<string, string>;
}

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
