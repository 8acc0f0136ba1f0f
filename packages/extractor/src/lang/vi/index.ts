/**
 * The Vietnamese language plugin: one cleaned document in, entities and relations out, in stages
 * of one file each: tokens → sentences → mentions → coreference → clauses → relations.
 */
import type { CleanDocument, DocumentExtraction, LanguagePlugin } from '../../types.js';
import { coreference } from './coreference.js';
import { gazetteerResources } from './gazetteer.js';
import { mentions } from './mentions.js';
import { relations } from './relations.js';
import type { ViResources } from './resources.js';
import { sentences } from './sentences.js';
import { documentTokens } from './tokens.js';

export function extractVi(doc: CleanDocument, res: ViResources): DocumentExtraction {
  const tokens = documentTokens(doc.text);
  const split = sentences(doc.text, tokens);
  const found = mentions(doc, res, split);
  const model = coreference(doc, res, found);
  // Clauses: each relation pass builds the skeleton of a sentence with one of its cues (relations.ts).
  const set = relations(model);
  const entities = model.entities.list();
  const kept = new Set(entities.map((e) => e.id));
  return {
    document: { id: doc.id, path: doc.path, title: doc.title, lang: doc.lang, published: doc.published, text: doc.text },
    entities,
    relations: set.list().filter((r) => kept.has(r.subject) && kept.has(r.object)),
  };
}

export const vi: LanguagePlugin = { lang: 'vi', extract: (doc) => extractVi(doc, gazetteerResources) };
export type { ViResources } from './resources.js';
