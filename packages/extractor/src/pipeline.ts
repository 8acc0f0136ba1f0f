/**
 * Files in, one contract graph out: walk the inputs, ingest and extract each file (in process
 * or on a worker pool), merge the per-document extractions, order the result canonically and
 * validate it against the contract. Bad inputs become failures; the rest still goes through.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { orderGraph } from './graph-order.js';
import { isArticleFile, documentId } from './ingest/read.js';
import { mergeExtractions } from './corpus.js';
import { defaultJobs, fileSizes, runPool } from './pool/pool.js';
import { extractFile, type FileResult } from './pool/task.js';
import { progress } from './progress.js';
import { formatIssues, Graph } from './schema.js';
import type { DocumentExtraction } from './types.js';

export interface ExtractOptions {
  jobs?: number; // worker threads; 1 = in process. Default: one per core, for large inputs only
  maxMB?: number; // per-file size limit
  maxTextMB?: number; // per-document limit on cleaned text
  quiet?: boolean; // no progress output
}

/** An input that could not be read, and why (one line for stderr). */
export interface Failure {
  path: string;
  reason: string;
}

export interface ExtractResult {
  graph: Graph;
  failures: Failure[];
  read: number; // documents in the graph
  bytes: number; // UTF-8 bytes of cleaned text
  ms: { walk: number; extract: number; merge: number; check: number };
}

/** Below this many files a pool is never used. */
export const POOL_MIN_FILES = 8;
/**
 * Without an explicit --jobs, the pool is used from this much input on: a worker takes about
 * 1 s of CPU to start (modules, then each plugin and its lexicons on first use; compromise, for
 * English, is most of it), during which
 * the main thread alone gets through a MB or two (bench/extract.ts measures both).
 */
export const POOL_AUTO_MIN_BYTES = 8 * 1024 * 1024;

/**
 * The files' sizes if they go to a worker pool of `jobs` threads (undefined = choose by input
 * size), else null. The pool schedules by the same sizes, so each file is stat'ed once.
 */
function poolSizes(files: string[], jobs: number | undefined): number[] | null {
  if (files.length < POOL_MIN_FILES || (jobs ?? defaultJobs()) <= 1) return null;
  const sizes = fileSizes(files);
  if (jobs === undefined && sizes.reduce((a, b) => a + b, 0) < POOL_AUTO_MIN_BYTES) return null;
  return sizes;
}

const errorReason = (e: unknown): string => {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT'
    ? 'no such file or directory'
    : code === 'ELOOP'
      ? 'symbolic link loop'
      : code === 'EACCES'
        ? 'permission denied'
        : `cannot read (${code ?? String(e)})`;
};

/**
 * Walks `dir` for article files, following symbolic links. A link back to a directory being
 * walked (a loop) is reported once and not followed; a directory reached a second time
 * through another link is skipped silently (its files are already in); a dangling link
 * is reported when its name is an article's.
 */
async function walk(
  dir: string,
  realDir: string,
  on: { file(p: string, real: string): void; fail(f: Failure): void },
  ancestors: Set<string>,
  walked: Set<string>,
): Promise<void> {
  walked.add(realDir);
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    on.fail({ path: dir, reason: errorReason(e) });
    return;
  }
  ancestors.add(realDir);
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const p = join(dir, e.name);
    if (e.isFile()) {
      if (isArticleFile(p)) on.file(p, join(realDir, e.name));
      continue;
    }
    if (!e.isDirectory() && !e.isSymbolicLink()) continue;
    let real: string;
    try {
      real = await realpath(p);
    } catch (err) {
      if (isArticleFile(p) || (err as NodeJS.ErrnoException).code === 'ELOOP')
        on.fail({ path: p, reason: (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'broken symbolic link (its target does not exist)' : errorReason(err) });
      continue;
    }
    const info = e.isDirectory() ? e : await stat(p).catch(() => null);
    if (info?.isDirectory()) {
      if (ancestors.has(real)) on.fail({ path: p, reason: `symbolic link loop (points back to ${real}), not followed` });
      else if (!walked.has(real)) await walk(p, real, on, ancestors, walked);
    } else if (info?.isFile() && isArticleFile(p)) on.file(p, real);
  }
  ancestors.delete(realDir);
}

/**
 * The files named by `inputs`: directories are walked for .txt .html .htm .md (other files
 * skipped silently); a file named explicitly is read whatever its extension. A file reached
 * twice (named twice, or through a link) is read once.
 */
export async function collectInputs(inputs: string[]): Promise<{ files: string[]; failures: Failure[] }> {
  const files: string[] = [];
  const failures: Failure[] = [];
  const seen = new Set<string>(); // real paths of the files taken
  const walked = new Set<string>(); // real paths of the directories walked
  let found = 0; // article files met, taken or not
  const on = {
    file: (p: string, real: string) => {
      found++;
      if (!seen.has(real)) {
        seen.add(real);
        files.push(p);
      }
    },
    fail: (f: Failure) => {
      failures.push(f);
    },
  };
  for (const input of inputs) {
    let info, real;
    try {
      info = await stat(input);
      real = await realpath(input);
    } catch (e) {
      failures.push({ path: input, reason: errorReason(e) });
      continue;
    }
    if (!info.isDirectory()) {
      on.file(input, real);
      continue;
    }
    if (walked.has(real)) continue; // named twice, or inside one already walked
    const before = found + failures.length;
    await walk(input, real, on, new Set(), walked);
    if (found + failures.length === before) failures.push({ path: input, reason: 'directory holds no articles (.txt, .html, .htm, .md)' });
  }
  return { files, failures };
}

/** Extracts every file, in process or on workers; results in input order. */
async function extractAll(files: string[], opts: ExtractOptions): Promise<FileResult[]> {
  const limits = { maxMB: opts.maxMB, maxTextMB: opts.maxTextMB };
  const bar = progress('extract', files.length, { quiet: opts.quiet, unit: 'files' });
  const onDone = (r: FileResult) => bar.tick(1, r.path);
  let results: FileResult[];
  const sizes = poolSizes(files, opts.jobs);
  if (sizes) {
    results = await runPool(files, opts.jobs ?? defaultJobs(), limits, onDone, { sizes });
  } else {
    results = [];
    for (const f of files) {
      const r = await extractFile(f, limits);
      onDone(r);
      results.push(r);
    }
  }
  bar.done();
  return results;
}

/** Reads, extracts and merges `inputs` (files and directories) into one validated graph. */
export async function extractFiles(inputs: string[], opts: ExtractOptions = {}): Promise<ExtractResult> {
  const t0 = performance.now();
  const { files, failures } = await collectInputs(inputs);
  const t1 = performance.now();
  const results = await extractAll(files, opts);
  const t2 = performance.now();
  const extractions: DocumentExtraction[] = [];
  const byId = new Map<string, string>();
  let bytes = 0;
  for (const r of results) {
    if (!r.ok) {
      failures.push({ path: r.path, reason: r.reason });
      continue;
    }
    const id = documentId(r.path);
    const first = byId.get(id);
    if (first) {
      failures.push({ path: r.path, reason: `duplicate document id "${id}" (already read from ${first})` });
      continue;
    }
    byId.set(id, r.path);
    if (r.warning) failures.push({ path: r.path, reason: r.warning });
    extractions.push(r.extraction);
    bytes += r.bytes;
  }
  const read = extractions.length;
  extractions.sort((a, b) => (a.document.id < b.document.id ? -1 : a.document.id > b.document.id ? 1 : 0));
  // Peak memory: each stage lets go of what the next no longer needs (results, then the
  // per-document extractions, whose mentions the merge has copied).
  results.length = 0;
  const merged = mergeExtractions(extractions);
  extractions.length = 0;
  const graph = orderGraph(merged);
  const t3 = performance.now();
  // zod's parse also puts every object's keys in schema order, which graph.json keeps.
  const checked = Graph.safeParse(graph);
  if (!checked.success) throw new Error(`kg extract: the merged graph breaks the contract:\n  ${formatIssues(checked.error).join('\n  ')}`);
  const ms = { walk: t1 - t0, extract: t2 - t1, merge: t3 - t2, check: performance.now() - t3 };
  return { graph: checked.data, failures, read, bytes, ms };
}
