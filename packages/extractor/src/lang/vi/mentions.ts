/**
 * Stage 3, mentions: the sentences in; each annotated with its gazetteer hits, named events and
 * places, titles and person phrases (mentions/annotate.ts), then persons clustered, posts and the
 * sides each entity acts for, in the document's entity table. Passes in mentions/.
 */
import type { CleanDocument } from '../../types.js';
import { annotate, within, type Annotated, type PersonPhrase } from './mentions/annotate.js';
import { EntityTable } from './mentions/entity-table.js';
import { findEvents } from './mentions/events.js';
import { findPlaces } from './mentions/places.js';
import { knownEnsurer, type EnsureKnown } from './mentions/known.js';
import { personEntities, type PersonEntities } from './mentions/person-entities.js';
import { personPosts } from './mentions/person-posts.js';
import type { ViResources } from './resources.js';
import { documentSides, type DocumentSides } from './mentions/sides.js';
import type { SentenceTokens } from './sentences.js';

/** What the mention passes found, for coreference.ts. */
export interface Mentions {
  annotated: Annotated[];
  entities: EntityTable;
  people: PersonEntities;
  ensureKnown: EnsureKnown;
  posts: Map<string, Array<{ title: string; affiliation?: string }>>;
  phrases: Array<{ sentence: number; phrase: PersonPhrase; id: string; title?: string }>;
  sides: DocumentSides;
}

const sortByStart = <T extends { start: number }>(a: T[]): T[] => a.sort((x, y) => x.start - y.start);

export function mentions(doc: CleanDocument, res: ViResources, sentences: SentenceTokens[]): Mentions {
  const annotated = annotateSentences(doc, res, sentences);
  const entities = new EntityTable();
  const people = personEntities(annotated, res, entities);
  const ensureKnown = knownEnsurer(entities, res);
  const { phrases, posts, extraSides } = personPosts(annotated, doc, res, entities, people, ensureKnown);
  const sides = documentSides(entities, posts, extraSides, ensureKnown);
  return { annotated, entities, people, ensureKnown, posts, phrases, sides };
}

/** Each sentence annotated with the gazetteer hits, titles and person names that fall in it. */
function annotateSentences(doc: CleanDocument, res: ViResources, sentences: SentenceTokens[]): Annotated[] {
  const found = res.entities(doc.text);
  sortByStart(found);
  const known = sortByStart(found.concat(findEvents(doc.text, found, doc.published), findPlaces(doc.text, found)));
  const titles = sortByStart(res.titles(doc.text));
  const people = sortByStart(res.persons?.(doc.text) ?? []);
  return sentences.map(({ sentence: s, tokens }, i) =>
    annotate(i, s, within(known, s.start, s.end), within(titles, s.start, s.end), within(people, s.start, s.end), tokens),
  );
}
