/**
 * A worker_threads pool for many files. The main thread works too: it takes files from the
 * same queue while the workers start (each loads a plugin and its lexicons once, on first use), so a
 * pool is never much slower than one thread, and `jobs` threads run in all (jobs - 1 workers
 * plus the main thread). Results are stored by input index, so the output never depends on
 * scheduling.
 *
 * Workers run the compiled JavaScript of dist/ (build.ts: esbuild, rebuilt when a source
 * changed), not TypeScript through tsx, which transpiled every module again in every worker.
 * If the build cannot be made, workers fall back to tsx (tsxWorkerSource).
 *
 * Scheduling: each worker is kept a little ahead (a few files, at least WORKER_AHEAD_BYTES of
 * input), so it never waits for the main thread, which hands out work only between its own
 * files. A worker that crashes costs the file it was on (reported as that file's failure);
 * the files queued behind it go back to the queue and a new worker takes its place.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DIST_DIR, ensureBuilt } from './build.js';
import { extractFile, type FileResult, type TaskOptions } from './task.js';
import { sampleLanguages } from './languages.js';
import type { WorkerData } from './worker.js';

/** Input bytes kept queued on each worker (with at least WORKER_AHEAD_MIN files, at most _MAX). */
export const WORKER_AHEAD_BYTES = 128 * 1024;
const WORKER_AHEAD_MIN = 2;
const WORKER_AHEAD_MAX = 32;
/** A worker that crashes this many times in a row before being ready is not replaced. */
const MAX_STARTUP_FAILURES = 2;

/** Bootstrap source of a worker that runs the TypeScript module at `entry` through tsx (development fallback). */
export function tsxWorkerSource(entry: URL): string {
  // The ESM build of the API (require.resolve would pick the CommonJS one).
  const pkg = createRequire(import.meta.url).resolve('tsx/package.json');
  const api = pathToFileURL(join(dirname(pkg), 'dist/esm/api/index.mjs')).href;
  return `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); })`;
}

/** How workers are started: a module URL, or JS source run with `eval`. */
export type WorkerEntry = { url: URL } | { source: string };

/**
 * The worker entry to use: the compiled dist/pool/worker.js, built first if stale; tsx over
 * src/pool/worker.ts if the build fails. `note` says which, for benches and logs.
 */
export async function workerEntry(): Promise<{ entry: WorkerEntry; note: string }> {
  if (fileURLToPath(import.meta.url).startsWith(DIST_DIR + sep))
    return { entry: { url: new URL('./worker.js', import.meta.url) }, note: 'compiled (running from dist)' };
  try {
    const { worker, built, ms } = await ensureBuilt();
    return { entry: { url: worker }, note: built ? `compiled (dist/ rebuilt in ${(ms / 1000).toFixed(1)} s)` : 'compiled (dist/ up to date)' };
  } catch (e) {
    return { entry: { source: tsxWorkerSource(new URL('./worker.ts', import.meta.url)) }, note: `tsx (build failed: ${(e as Error).message.split('\n')[0]})` };
  }
}

export const spawnWorker = (entry: WorkerEntry, workerData: unknown): Worker =>
  'url' in entry ? new Worker(entry.url, { workerData }) : new Worker(entry.source, { eval: true, workerData });

/**
 * Each file's size in bytes (0 when it cannot be stat'ed: its read reports why). Synchronous: a
 * promise per stat costs ~0.1 ms of CPU, a second on 10,000 files (ingest/read.ts readDocument).
 */
export function fileSizes(paths: string[]): number[] {
  return paths.map((p) => {
    try {
      return statSync(p).size;
    } catch {
      return 0;
    }
  });
}

/** Default number of threads: one per core. */
export const defaultJobs = (): number => Math.max(1, availableParallelism());

const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface PoolOptions {
  mainThread?: boolean; // false: all files go to the workers (tests check workers this way)
  entry?: WorkerEntry; // what workers run (default: workerEntry())
  sizes?: number[]; // input sizes in bytes, by index (default: stat)
  stats?: PoolStats; // filled in as the pool runs (benches)
}

/** What a run did: when each worker became ready (ms from the start), who took how many files. */
export interface PoolStats {
  readyMs: number[];
  mainFiles: number;
  workerFiles: number;
  crashes: number;
}

type WorkerMessage = { ready: true } | { index: number; result: FileResult };

/**
 * Runs `extractFile` over `paths` on `jobs` threads; `onDone` is called after each file.
 * Never rejects for one file: a crash becomes that file's failure.
 */
export async function runPool(
  paths: string[],
  jobs: number,
  opts: TaskOptions,
  onDone: (r: FileResult) => void,
  { mainThread = true, entry, sizes, stats = { readyMs: [], mainFiles: 0, workerFiles: 0, crashes: 0 } }: PoolOptions = {},
): Promise<FileResult[]> {
  const t0 = performance.now();
  const results: FileResult[] = new Array(paths.length);
  const size = sizes ?? fileSizes(paths);
  const queue: number[] = []; // indices given back by crashed workers, served first
  let next = 0;
  let remaining = paths.length;
  const take = (): number | undefined => queue.shift() ?? (next < paths.length ? next++ : undefined);
  const hasWork = () => queue.length > 0 || next < paths.length;
  const start = entry ?? (await workerEntry()).entry;
  const workerData: WorkerData = { ...opts, preload: await sampleLanguages(paths, opts) };

  let allDone!: () => void;
  const finished = new Promise<void>((resolve) => {
    allDone = resolve;
  });
  const record = (index: number, r: FileResult) => {
    results[index] = r;
    onDone(r);
    if (--remaining === 0) allDone();
  };

  const live = new Set<Worker>();
  const wake = new Set<() => void>(); // tops up each live, ready worker
  let startupFailures = 0;
  const wanted = Math.min(mainThread ? jobs - 1 : jobs, paths.length);

  const drainInMain = async () => {
    for (let index = take(); index !== undefined; index = take()) {
      record(index, await extractFile(paths[index], opts));
      stats.mainFiles++;
      await yieldToEvents(); // let workers' messages in between files
    }
  };

  const launch = () => {
    const worker = spawnWorker(start, workerData);
    live.add(worker);
    const held: number[] = []; // indices sent, in the order the worker takes them
    let ready = false;
    let dead = false;
    const topUp = () => {
      if (dead) return;
      let bytes = held.reduce((s, i) => s + size[i], 0);
      while (hasWork() && held.length < WORKER_AHEAD_MAX && (held.length < WORKER_AHEAD_MIN || bytes < WORKER_AHEAD_BYTES)) {
        const index = take()!;
        held.push(index);
        bytes += size[index];
        worker.postMessage({ index, path: paths[index] });
      }
      if (!held.length) void worker.terminate();
    };
    const die = (reason: string) => {
      if (dead) return;
      dead = true;
      live.delete(worker);
      wake.delete(topUp);
      const [current, ...queued] = held.splice(0);
      stats.crashes++;
      if (current !== undefined)
        record(current, { ok: false, path: paths[current], reason: `worker crashed while extracting this file (${reason}); the other files went on` });
      queue.unshift(...queued);
      if (!ready) startupFailures++;
      if (remaining === 0) return;
      if (hasWork() && startupFailures < MAX_STARTUP_FAILURES) launch();
      wake.forEach((w) => w());
      if (live.size === 0) void drainInMain(); // no worker left to take the rest
    };
    worker.on('message', (msg: WorkerMessage) => {
      if ('ready' in msg) {
        ready = true;
        startupFailures = 0;
        stats.readyMs.push(performance.now() - t0);
        wake.add(topUp);
        topUp();
        return;
      }
      held.splice(held.indexOf(msg.index), 1);
      stats.workerFiles++;
      record(msg.index, msg.result);
      topUp();
    });
    // A crash is acted on at 'exit', not at 'error': Node delivers every message the worker
    // posted before 'exit', but the error can overtake the last of them, and then the file
    // just finished would be blamed for the crash and reported twice.
    let crash: string | null = null;
    worker.on('error', (e) => {
      crash ??= e.message;
    });
    worker.on('exit', (code) => {
      if (held.length || (!ready && hasWork())) die(crash ?? `exit code ${code}`);
      dead = true;
      live.delete(worker);
      wake.delete(topUp);
    });
  };

  for (let i = 0; i < wanted; i++) launch();
  try {
    if (mainThread || wanted === 0) await drainInMain();
    if (remaining > 0) await finished;
  } finally {
    await Promise.all([...live].map((w) => w.terminate()));
  }
  return results;
}
