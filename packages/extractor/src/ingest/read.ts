/**
 * One input file to a CleanDocument, or the reason it cannot be one. The I/O shell is
 * `readDocument`; `ingestBytes` is pure (bytes and a name in, document or reason out).
 */
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { CleanDocument } from '../types.js';
import { documentFromLines, type PageHints } from './document.js';
import { decode, declaredCharset } from './encoding.js';
import { pageLines } from './clean.js';

export const ARTICLE_EXTENSIONS = ['.txt', '.html', '.htm', '.md'] as const;
/** Files larger than this are refused before reading (`--max-size`): memory stays bounded. */
export const DEFAULT_MAX_MB = 50;
/**
 * Cleaned article text longer than this is refused (`--max-text`): a news article is tens of
 * KB, and the language plugins' cost grows faster than linearly with one document's length
 * (about 20 s for 1 MB of Vietnamese in one document, on a loaded machine).
 */
export const DEFAULT_MAX_TEXT_MB = 1;

export interface ReadLimits {
  maxMB?: number;
  maxTextMB?: number;
}
const MB = 1024 * 1024;

export type Ingested = { ok: true; doc: CleanDocument } | { ok: false; reason: string };

export const isArticleFile = (path: string): boolean => (ARTICLE_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());

/** Document id: the file name without its extension. */
export const documentId = (path: string): string => basename(path, extname(path));

/**
 * Decodes and cleans the bytes of a file named `path`. The HTML and Markdown readers are
 * loaded on first use: linkedom alone costs ~0.3 s of start-up, paid by every worker.
 */
export async function ingestBytes(path: string, bytes: Buffer, { maxTextMB = DEFAULT_MAX_TEXT_MB }: ReadLimits = {}): Promise<Ingested> {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  const ext = extname(path).toLowerCase();
  const html = ext === '.html' || ext === '.htm';
  const decoded = decode(bytes, html ? declaredCharset(bytes) : null);
  if (!decoded.ok) return decoded;
  if (!decoded.text.trim()) return { ok: false, reason: 'empty file (only whitespace)' };
  let page: { lines: string[]; hints: PageHints };
  try {
    page = html
      ? (await import('./html.js')).htmlPage(decoded.text)
      : ext === '.md'
        ? (await import('./markdown.js')).markdownPage(decoded.text)
        : { lines: decoded.text.split('\n'), hints: {} };
  } catch (e) {
    // A parser throwing on a malformed page must cost that file only, not the batch.
    return { ok: false, reason: `cannot parse as ${html ? 'HTML' : 'Markdown'} (${(e as Error).message})` };
  }
  const doc = documentFromLines(documentId(path), path.split('\\').join('/'), pageLines(page.lines.join('\n')), page.hints);
  if (!doc.text.trim()) return { ok: false, reason: 'no article text (everything on the page is furniture)' };
  const textBytes = Buffer.byteLength(doc.text);
  if (textBytes > maxTextMB * MB)
    return { ok: false, reason: `article text too long (${(textBytes / MB).toFixed(1)} MB after cleaning, limit ${maxTextMB} MB; raise it with --max-text)` };
  return { ok: true, doc };
}

/**
 * Reads one file within the size limit; never reads a too-large file into memory.
 *
 * Synchronous on purpose: a file is read by the thread that extracts it (a pool worker, or the
 * main thread between its own files), which has nothing else to do meanwhile, and each
 * promise-based call is a round trip through libuv's thread pool — stat, open, read and close
 * cost ~0.17 ms of CPU per file that way against ~0.01 ms synchronously, a tenth of the
 * extraction of a short article (bench:extract, the "ingest" row).
 */
export async function readDocument(path: string, opts: ReadLimits = {}): Promise<Ingested> {
  const maxMB = opts.maxMB ?? DEFAULT_MAX_MB;
  let fd: number;
  try {
    // O_NONBLOCK: opening a named pipe returns at once instead of waiting for a writer; it
    // changes nothing for a regular file.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      ok: false,
      reason: code === 'ENOENT' ? 'no such file or directory' : code === 'ELOOP' ? 'symbolic link loop' : `cannot read (${code ?? String(e)})`,
    };
  }
  let bytes: Buffer;
  try {
    // The checks look at the file opened, not at whatever the path names a moment later.
    const info = fstatSync(fd);
    if (!info.isFile()) return { ok: false, reason: 'not a regular file' };
    if (info.size > maxMB * MB) return { ok: false, reason: `too large (${(info.size / MB).toFixed(1)} MB, limit ${maxMB} MB; raise it with --max-size)` };
    bytes = readFileSync(fd);
  } catch (e) {
    return { ok: false, reason: `cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})` };
  } finally {
    closeSync(fd);
  }
  return ingestBytes(path, bytes, opts);
}
