/**
 * A worker_threads pool for many files. Workers run TypeScript through tsx: on Node 20 an
 * inherited `--import tsx` does not reach a worker's entry module ("Unknown file extension
 * .ts"), so each worker starts from a tiny JS bootstrap that registers tsx's ESM hooks
 * (tsx/esm/api) and then imports worker.ts. This works under `node --import tsx`, the tsx CLI,
 * and jest alike.
 * Each worker takes the next file when it finishes one, so slow files do not stall a queue;
 * results are returned by input index, so order never depends on scheduling.
 */
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileResult, TaskOptions } from './task.js';

/** Bootstrap source of a worker that runs the TypeScript module at `entry`. */
export function tsWorkerSource(entry: URL): string {
  // The ESM build of the API (require.resolve would pick the CommonJS one).
  const pkg = createRequire(import.meta.url).resolve('tsx/package.json');
  const api = pathToFileURL(join(dirname(pkg), 'dist/esm/api/index.mjs')).href;
  return `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); })`;
}

/** Default number of workers: one per core. */
export const defaultJobs = (): number => Math.max(1, availableParallelism());

/** Runs `extractFile` over `paths` on `jobs` workers; `onDone` is called after each file. */
export async function runPool(paths: string[], jobs: number, opts: TaskOptions, onDone: (r: FileResult) => void): Promise<FileResult[]> {
  const results: FileResult[] = new Array(paths.length);
  let next = 0;
  const workerUrl = new URL('./worker.ts', import.meta.url);
  const source = tsWorkerSource(workerUrl);
  const runWorker = () => new Promise<void>((resolve, reject) => {
    const worker = new Worker(source, { eval: true, workerData: opts });
    let current = -1;
    const feed = () => {
      if (next >= paths.length) { void worker.terminate().then(() => resolve()); return; }
      current = next++;
      worker.postMessage({ index: current, path: paths[current] });
    };
    worker.on('message', (msg: { index: number; result: FileResult }) => {
      results[msg.index] = msg.result;
      onDone(msg.result);
      feed();
    });
    worker.on('error', (e) => reject(new Error(`kg extract: worker failed on ${paths[current] ?? '(startup)'}: ${e.message}`)));
    worker.on('online', feed);
  });
  await Promise.all(Array.from({ length: Math.min(jobs, paths.length) }, runWorker));
  return results;
}
