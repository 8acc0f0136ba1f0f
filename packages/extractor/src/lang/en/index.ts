/**
 * The English language plugin: one cleaned document in, entities and relations out, in stages
 * of one file each: tokens → sentences → mentions → coreference → clauses → relations. See
 * packages/extractor/README.md (English plugin).
 */
import type { CleanDocument, DocumentExtraction, LanguagePlugin } from '../../types.js';
import type { Gazetteer } from './actors.js';
import { coreference, resolveEntities } from './coreference.js';
import { sharedGazetteer } from './gazetteer.js';
import { enLexicon } from './lexicon.js';
import { recognize } from './mentions.js';
import { relationSet, relations } from './relations.js';
import { sentences } from './sentences.js';
import { tokenizeDocument } from './tokens.js';

/** Extracts one English document; `gaz` defaults to the shared bilingual gazetteer. */
export function extractEnglish(doc: CleanDocument, gaz: Gazetteer = sharedGazetteer()): DocumentExtraction {
  const lex = enLexicon();
  const tokens = tokenizeDocument(doc.text);
  const tok = { tokens, sentences: sentences(doc.text, tokens) };
  const found = recognize(doc.text, tok, gaz, lex);
  const linked = coreference(doc, found, gaz);
  // Clauses: relations/sentence.ts splits each sentence (clauses.ts) before reading its triggers.
  const sightings = relations(doc, tok, linked, gaz, lex);
  const entities = resolveEntities(tok, linked.rec, sightings.relations, sightings.usedAsActor, lex);
  return {
    document: { id: doc.id, path: doc.path, title: doc.title, lang: doc.lang, published: doc.published, text: doc.text },
    entities,
    relations: relationSet(sightings, entities),
  };
}

/** The English plugin. */
export const en: LanguagePlugin = { lang: 'en', extract: (doc) => extractEnglish(doc) };
