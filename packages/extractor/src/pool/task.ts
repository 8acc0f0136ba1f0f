/** The unit of work of the pipeline: one file read, cleaned and run through its language plugin. */
import { pluginFor } from '../lang/index.js';
import { readDocument, type ReadLimits } from '../ingest/read.js';
import type { DocumentExtraction } from '../types.js';

export type TaskOptions = ReadLimits;
export type FileResult =
  | { ok: true; path: string; extraction: DocumentExtraction; bytes: number; warning?: string }
  | { ok: false; path: string; reason: string };

/** Ingests `path` and extracts its entities and relations; failures carry a reason, never throw. */
export async function extractFile(path: string, opts: TaskOptions = {}): Promise<FileResult> {
  const read = await readDocument(path, opts);
  if (!read.ok) return { ok: false, path, reason: read.reason };
  const { id, title, lang, published, text } = read.doc;
  const bytes = Buffer.byteLength(text);
  try {
    const extraction = (await pluginFor(lang)).extract(read.doc);
    // The cleaned text travels with the document (contract extension) for evidence in context.
    extraction.document = { ...extraction.document, text };
    return { ok: true, path, extraction, bytes };
  } catch (e) {
    // A plugin bug must not lose the document: it is kept, without entities, and reported.
    const document = { id, path: read.doc.path, title, lang, published, text };
    return {
      ok: true,
      path,
      extraction: { document, entities: [], relations: [] },
      bytes,
      warning: `extraction failed, document kept without entities (${(e as Error).message})`,
    };
  }
}
