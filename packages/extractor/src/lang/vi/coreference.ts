/**
 * Stage 4, coreference: the mentions in; the document model (model.ts) out, each sentence with its
 * argument units: spans that stand for one entity (a name, a person phrase, a bare role "Ngoại trưởng
 * Nga", an anaphor "ông", "hai bên", "liên minh này", a quoted "chúng tôi") resolved from the
 * sentences before. Passes in coreference/.
 */
import type { CleanDocument } from '../../types.js';
import { Discourse } from './coreference/anaphora.js';
import { NameRuns } from './coreference/name-runs.js';
import { quoteSpeakers } from './coreference/speakers.js';
import { sentenceUnits } from './coreference/units.js';
import type { Mentions } from './mentions.js';
import type { DocumentModel, SentenceModel } from './model.js';
import type { ViResources } from './resources.js';

export function coreference(doc: CleanDocument, res: ViResources, found: Mentions): DocumentModel {
  const { annotated, entities, people, ensureKnown, posts, phrases, sides } = found;
  const quotes = quoteSpeakers(annotated, people);
  const capitalOf = new Map<string, string>();
  const ctx = { doc, res, entities, people, ensureKnown, capitalOf, discourse: new Discourse(), nameRuns: new NameRuns(people, res), sides, quotes };
  // The annotation becomes the sentence model in place: a spread copied every field of every sentence.
  const sentences: SentenceModel[] = annotated.map((a) => Object.assign(a, { units: sentenceUnits(a, ctx) }));
  return { doc, sentences, entities, persons: people.persons, posts, phrases, sides: sides.sides, capitalOf };
}
