/**
 * The English language plugin: one compromise pass over the text, then entity
 * passes (gazetteer, titles, names), then relations per sentence. See
 * packages/extractor/README.md (English plugin).
 */
import type { Relation } from '../../schema.js';
import { relationKey } from '../../schema.js';
import type { CleanDocument, DocumentExtraction, LanguagePlugin } from '../../types.js';
import { tokenizeDocument } from './tokens.js';
import { enLexicon } from './lexicon.js';
import { recognize } from './entities.js';
import type { EntityRef, TokMention } from './mentions.js';
import { postRelations, sentenceRelations } from './relations.js';
import { collectEntities, resolveMention } from './document.js';
import { memberships } from './membership.js';
import { sharedGazetteer } from './gazetteer.js';
import { completePosts } from './people.js';
import { countriesOfPeople, hostVisits, liftToCountries } from './statecraft.js';
import type { Gazetteer } from './actors.js';

/** Extracts one English document; `gaz` defaults to the shared bilingual gazetteer. */
export function extractEnglish(doc: CleanDocument, gaz: Gazetteer = sharedGazetteer()): DocumentExtraction {
  const lex = enLexicon();
  const tok = tokenizeDocument(doc.text);
  const found = recognize(doc.text, tok, gaz, lex);
  const rec = { ...found, posts: completePosts(found.posts, found.known, gaz.people, doc.published) };
  const relations: Relation[] = [];
  const usedAsActor = new Set<TokMention>();
  let previousPerson: EntityRef | undefined;
  const officials = countriesOfPeople(rec, gaz.people, doc.published);
  for (const s of tok.sentences) {
    const r = sentenceRelations(s, {
      docId: doc.id,
      published: doc.published,
      tokens: tok.tokens,
      rec,
      lex,
      countries: officials,
      ...(previousPerson ? { previousPerson } : {}),
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
  const mentions = rec.mentions.map((m) => ({
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
  const entities = collectEntities(mentions);
  const ids = new Set(entities.map((e) => e.id));
  return {
    document: { id: doc.id, path: doc.path, title: doc.title, lang: doc.lang, published: doc.published, text: doc.text },
    entities,
    // A post the people gazetteer completed, or a lifted relation, may name a country the text
    // never names as such (only a seat stood for it): such a relation has no node to point to.
    relations: mergeRelations(relations.filter((r) => !(r.predicate === 'HOLDS_POSITION' || inferred.has(r)) || (ids.has(r.subject) && ids.has(r.object)))),
  };
}

/** One relation per (subject, predicate, object, topic, negated) within the document; evidence accumulates. */
function mergeRelations(rs: Relation[]): Relation[] {
  const byKey = new Map<string, Relation>();
  for (const r of rs) {
    const key = relationKey(r);
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, { ...r, evidence: [...r.evidence] });
      continue;
    }
    for (const ev of r.evidence) if (!seen.evidence.some((e) => e.start === ev.start)) seen.evidence.push(ev);
    seen.confidence = Math.max(seen.confidence, r.confidence);
    seen.date ??= r.date;
    if (seen.attributedTo && !r.attributedTo) seen.attributedTo = null;
  }
  return [...byKey.values()];
}

/** The English plugin. */
export const en: LanguagePlugin = { lang: 'en', extract: (doc) => extractEnglish(doc) };
