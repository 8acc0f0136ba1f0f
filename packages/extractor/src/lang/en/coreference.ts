/**
 * Stage 4, coreference: the mentions in; posts completed from the people gazetteer (a counterpart's
 * title, a title's country at the date) and each official's country ("their two countries") out.
 * `resolveEntities` runs after relations: a seat is its country only where it acts. Passes in coreference/.
 */
import type { Relation } from '../../schema.js';
import type { CleanDocument, LocalEntity } from '../../types.js';
import type { Gazetteer } from './actors.js';
import { collectEntities, resolveMention } from './coreference/seats.js';
import type { EnLexicon } from './lexicon.js';
import { completePosts } from './mentions/people.js';
import type { EntityRef, Recognized, TokMention } from './model.js';
import { countriesOfPeople } from './coreference/officials.js';
import { packedMap } from './packed.js';
import type { Tokenized } from './tokens.js';

export interface Linked {
  rec: Recognized;
  /** Person id → the country they serve. */
  officials: ReadonlyMap<string, EntityRef>;
}

export function coreference(doc: CleanDocument, found: Recognized, gaz: Gazetteer): Linked {
  const rec = { ...found, posts: completePosts(found.posts, found.known, gaz.people, doc.published) };
  return { rec, officials: countriesOfPeople(rec, gaz.people, doc.published) };
}

/** The document's entities once its relations are known: seats used as actors are their country. */
export function resolveEntities(tok: Tokenized, rec: Recognized, relations: Relation[], usedAsActor: Set<TokMention>, lex: EnLexicon): LocalEntity[] {
  const mentions = packedMap(rec.mentions, (m) => ({
    ref: resolveMention(m, tok.tokens, tok.sentences, usedAsActor, lex.fw['place-preposition']),
    start: m.start,
    end: m.end,
    text: m.text,
  }));
  // A demonym ("British officials") is a mention of its country when that country takes part in a relation.
  const related = new Set<string>();
  for (const r of relations) {
    related.add(r.subject);
    related.add(r.object);
    related.add(r.attributedTo ?? '');
  }
  for (const d of new Set(rec.demonyms.values())) if (related.has(d.ref.id)) mentions.push({ ref: d.ref, start: d.start, end: d.end, text: d.text });
  mentions.sort((a, b) => a.start - b.start);
  return collectEntities(mentions);
}
