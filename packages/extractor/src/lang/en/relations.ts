/**
 * Stage 6, relations: words, sentences and coreference in; every relation sighting and the seats used
 * as actors out: per sentence (clauses.ts, then relations/sentence.ts) with membership, HOLDS_POSITION
 * from titles, leaders' acts lifted to their countries, host visits. `relationSet` merges them in one
 * RelationSet once the entities are known. Passes in relations/.
 */
import type { Relation } from '../../schema.js';
import { RelationSet, type Sighting } from '../../relations/build.js';
import type { CleanDocument, LocalEntity } from '../../types.js';
import type { Linked } from './coreference.js';
import type { Gazetteer } from './actors.js';
import type { EnLexicon } from './lexicon.js';
import type { EntityRef, TokMention } from './model.js';
import { memberships } from './relations/membership.js';
import { postRelations, sentenceRelations } from './relations/sentence.js';
import { countriesOfPeople } from './coreference/officials.js';
import { hostVisits, liftToCountries } from './relations/statecraft.js';
import type { Tokenized } from './tokens.js';

export interface Sightings {
  relations: Relation[];
  /** Relations lifted to countries or inferred visits: kept only if both entities are in the output. */
  inferred: Set<Relation>;
  usedAsActor: Set<TokMention>;
}

export function relations(doc: CleanDocument, tok: Tokenized, linked: Linked, gaz: Gazetteer, lex: EnLexicon): Sightings {
  const { rec, officials } = linked;
  const relations: Relation[] = [];
  const usedAsActor = new Set<TokMention>();
  let previousPerson: EntityRef | undefined;
  for (const s of tok.sentences) {
    const r = sentenceRelations(s, {
      docId: doc.id,
      published: doc.published,
      tokens: tok.tokens,
      rec,
      lex,
      countries: officials,
      previousPerson,
    });
    previousPerson = r.lastPerson;
    relations.push(...r.relations, ...memberships(s, tok.tokens, rec, lex, doc.id));
    r.actorMentions.forEach((m) => usedAsActor.add(m));
  }
  relations.push(...postRelations(rec, tok.sentences, doc.id));
  // Leaders act for their countries; only countries the article names (a demonym will do).
  const named = new Set<string>();
  for (const m of rec.mentions) {
    named.add(m.entity.id);
    named.add(m.actor?.id ?? m.entity.id);
  }
  for (const d of rec.demonyms.values()) named.add(d.ref.id);
  const leaders = countriesOfPeople(rec, gaz.people, doc.published, (t) => lex.leaderTitles.has(t.toLowerCase()));
  const inArticle = (r: Relation): boolean => named.has(r.subject) && named.has(r.object);
  const inferred = new Set(
    [...liftToCountries(relations, leaders), ...hostVisits(relations, officials, rec, tok.tokens, lex.fw['place-preposition'], lex.residentTitles)].filter(
      inArticle,
    ),
  );
  relations.push(...inferred);
  return { relations, inferred, usedAsActor };
}

/**
 * The relations of the document's entities in one RelationSet: one per (subject, predicate, object,
 * topic, negated), evidence accumulated. Symmetric ones keep the direction they were read in, as
 * this plugin always gave them (the corpus merge orders them).
 */
export function relationSet(found: Sightings, entities: LocalEntity[]): Relation[] {
  const ids = new Set(entities.map((e) => e.id));
  const set = new RelationSet(false);
  // A post the people gazetteer completed, or a lifted relation, may name a country the text
  // never names as such (only a seat stood for it): such a relation has no node to point to.
  for (const r of found.relations)
    if (!(r.predicate === 'HOLDS_POSITION' || found.inferred.has(r)) || (ids.has(r.subject) && ids.has(r.object)))
      for (const evidence of r.evidence) set.add(sightingOf(r, evidence));
  return set.list();
}

/**
 * One evidence of a relation as a sighting. Spelled out rather than spread (`{ ...r, evidence }`):
 * relations come in several shapes (with or without topic and date), and a spread of mixed
 * shapes takes V8's slow generic copy, about 1 µs each.
 */
const sightingOf = (r: Relation, evidence: Relation['evidence'][number]): Sighting => ({
  subject: r.subject,
  predicate: r.predicate,
  object: r.object,
  topic: r.topic,
  date: r.date,
  negated: r.negated,
  attributedTo: r.attributedTo,
  confidence: r.confidence,
  evidence,
});
