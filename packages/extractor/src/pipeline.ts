/**
 * Files in, one contract graph out: walk the inputs, ingest and extract each file (in process
 * or on a worker pool), merge the per-document extractions, order the result canonically and
 * validate it against the contract. Bad inputs become failures; the rest still goes through.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { orderGraph } from './graph-order.js';
import { isArticleFile, documentId } from './ingest/read.js';
import { mergeExtractions } from './corpus.js';
import { defaultJobs, runPool } from './pool/pool.js';
import { extractFile, type FileResult } from './pool/task.js';
import { progress } from './progress.js';
import { formatIssues, Graph } from './schema.js';
import type { DocumentExtraction } from './types.js';

export interface ExtractOptions {
  jobs?: number;     // worker threads; 1 = in process. Default: one per core, for large inputs only
  maxMB?: number;    // per-file size limit
  quiet?: boolean;   // no progress output
}

/** An input that could not be read, and why (one line for stderr). */
export interface Failure { path: string; reason: string }

export interface ExtractResult {
  graph: Graph;
  failures: Failure[];
  read: number;      // documents in the graph
  bytes: number;     // UTF-8 bytes of cleaned text
}

/** Below this many files a pool is never used. */
export const POOL_MIN_FILES = 8;
/**
 * Without an explicit --jobs, the pool is used from this much input on: a worker takes 1–4 s
 * to start (tsx, the plugins and their lexicons), during which the main thread alone gets
 * through a few MB (bench/extract.ts measures both); below this a worker barely joins in.
 */
export const POOL_AUTO_MIN_BYTES = 8 * 1024 * 1024;

async function totalBytes(files: string[]): Promise<number> {
  let sum = 0;
  for (const f of files) sum += (await stat(f).catch(() => ({ size: 0 }))).size;
  return sum;
}

/** Whether to run `files` on a worker pool of `jobs` (undefined = choose by input size). */
async function usePool(files: string[], jobs: number | undefined): Promise<boolean> {
  if (files.length < POOL_MIN_FILES) return false;
  if (jobs !== undefined) return jobs > 1;
  return defaultJobs() > 1 && await totalBytes(files) >= POOL_AUTO_MIN_BYTES;
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) files.push(...await walk(p));
    else if (e.isFile() && isArticleFile(p)) files.push(p);
  }
  return files;
}

/**
 * The files named by `inputs`: directories are walked for .txt .html .htm .md (other files
 * skipped silently); a file named explicitly is read whatever its extension.
 */
export async function collectInputs(inputs: string[]): Promise<{ files: string[]; failures: Failure[] }> {
  const files: string[] = [];
  const failures: Failure[] = [];
  const seen = new Set<string>();
  const add = (p: string) => { const abs = resolve(p); if (!seen.has(abs)) { seen.add(abs); files.push(p); } };
  for (const input of inputs) {
    let info;
    try { info = await stat(input); } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      failures.push({ path: input, reason: code === 'ENOENT' ? 'no such file or directory' : `cannot read (${code})` });
      continue;
    }
    if (info.isDirectory()) {
      const found = await walk(input);
      if (!found.length) failures.push({ path: input, reason: 'directory holds no articles (.txt, .html, .htm, .md)' });
      found.forEach(add);
    } else add(input);
  }
  return { files, failures };
}

/** Extracts every file, in process or on workers; results in input order. */
async function extractAll(files: string[], opts: ExtractOptions): Promise<FileResult[]> {
  const bar = progress('extract', files.length, { quiet: opts.quiet, unit: 'files' });
  const onDone = (r: FileResult) => bar.tick(1, r.path);
  let results: FileResult[];
  if (await usePool(files, opts.jobs)) {
    results = await runPool(files, opts.jobs ?? defaultJobs(), { maxMB: opts.maxMB }, onDone);
  } else {
    results = [];
    for (const f of files) { const r = await extractFile(f, { maxMB: opts.maxMB }); onDone(r); results.push(r); }
  }
  bar.done();
  return results;
}

/** Reads, extracts and merges `inputs` (files and directories) into one validated graph. */
export async function extractFiles(inputs: string[], opts: ExtractOptions = {}): Promise<ExtractResult> {
  const { files, failures } = await collectInputs(inputs);
  const results = await extractAll(files, opts);
  const extractions: DocumentExtraction[] = [];
  const byId = new Map<string, string>();
  let bytes = 0;
  for (const r of results) {
    if (!r.ok) { failures.push({ path: r.path, reason: r.reason }); continue; }
    const id = documentId(r.path);
    const first = byId.get(id);
    if (first) { failures.push({ path: r.path, reason: `duplicate document id "${id}" (already read from ${first})` }); continue; }
    byId.set(id, r.path);
    if (r.warning) failures.push({ path: r.path, reason: r.warning });
    extractions.push(r.extraction);
    bytes += r.bytes;
  }
  extractions.sort((a, b) => (a.document.id < b.document.id ? -1 : a.document.id > b.document.id ? 1 : 0));
  const graph = orderGraph(mergeExtractions(extractions));
  const checked = Graph.safeParse(graph);
  if (!checked.success) throw new Error(`kg extract: the merged graph breaks the contract:\n  ${formatIssues(checked.error).join('\n  ')}`);
  return { graph: checked.data, failures, read: extractions.length, bytes };
}
