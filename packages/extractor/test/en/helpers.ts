/** Test helpers: run the English plugin on a snippet and read its relations compactly. */
import { en } from '../../src/lang/en/index.js';
import type { DocumentExtraction } from '../../src/types.js';
import type { Relation } from '../../src/schema.js';

/** Extracts a snippet as a one-document English article. */
export function extract(text: string, published: string | null = null): DocumentExtraction {
  return en.extract({ id: 'snippet', path: 'snippet.txt', title: '', lang: 'en', published, text });
}

/** "subject PREDICATE object" of each relation (HOLDS_POSITION left out unless asked). */
export function triples(x: DocumentExtraction, withPosts = false): string[] {
  return x.relations.filter((r) => withPosts || r.predicate !== 'HOLDS_POSITION').map((r) => `${r.subject} ${r.predicate} ${r.object}`);
}

/** The one relation with this subject, predicate and object, or undefined. */
export function find(x: DocumentExtraction, subject: string, predicate: Relation['predicate'], object: string): Relation | undefined {
  return x.relations.find((r) => r.subject === subject && r.predicate === predicate && r.object === object);
}

/** The sorted triples of one text: what most table tests compare. */
export const rel = (text: string): string[] => triples(extract(text)).sort();
