/** The unit of work of the pipeline: one file read, cleaned and run through its language plugin. */
import { plugins } from '../lang/index.js';
import { readDocument } from '../ingest/read.js';
import type { DocumentExtraction } from '../types.js';

export interface TaskOptions { maxMB?: number }
export type FileResult =
  | { ok: true; path: string; extraction: DocumentExtraction; bytes: number }
  | { ok: false; path: string; reason: string };

/** Ingests `path` and extracts its entities and relations; failures carry a reason, never throw. */
export async function extractFile(path: string, opts: TaskOptions = {}): Promise<FileResult> {
  const read = await readDocument(path, opts);
  if (!read.ok) return { ok: false, path, reason: read.reason };
  try {
    const extraction = plugins[read.doc.lang].extract(read.doc);
    // The cleaned text travels with the document (contract extension) for evidence in context.
    extraction.document = { ...extraction.document, text: read.doc.text };
    return { ok: true, path, extraction, bytes: Buffer.byteLength(read.doc.text) };
  } catch (e) {
    return { ok: false, path, reason: `extraction failed (${(e as Error).message})` };
  }
}
