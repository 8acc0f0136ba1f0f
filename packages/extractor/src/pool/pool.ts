/**
 * A worker_threads pool for many files. The main thread works too: it takes files from the
 * same queue while the workers start (a worker needs seconds to load tsx, the plugins and
 * their lexicons), so a pool is never much slower than one thread, and `jobs` threads run in
 * all (jobs - 1 workers plus the main thread). Results are stored by input index, so the
 * output never depends on scheduling.
 *
 * Workers run TypeScript through tsx: on Node 20 an inherited `--import tsx` does not reach a
 * worker's entry module ("Unknown file extension .ts"), so each worker starts from a tiny JS
 * bootstrap that registers tsx's ESM hooks (tsx/esm/api) and then imports worker.ts. This works
 * under `node --import tsx`, the tsx CLI and jest alike.
 */
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { extractFile, type FileResult, type TaskOptions } from './task.js';

/** Bootstrap source of a worker that runs the TypeScript module at `entry`. */
export function tsWorkerSource(entry: URL): string {
  // The ESM build of the API (require.resolve would pick the CommonJS one).
  const pkg = createRequire(import.meta.url).resolve('tsx/package.json');
  const api = pathToFileURL(join(dirname(pkg), 'dist/esm/api/index.mjs')).href;
  return `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); })`;
}

/** Default number of threads: one per core. */
export const defaultJobs = (): number => Math.max(1, availableParallelism());

const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs `extractFile` over `paths` on `jobs` threads; `onDone` is called after each file.
 * `mainThread: false` leaves all files to the `jobs` workers (tests check workers this way).
 */
export async function runPool(paths: string[], jobs: number, opts: TaskOptions, onDone: (r: FileResult) => void,
  { mainThread = true }: { mainThread?: boolean } = {}): Promise<FileResult[]> {
  const results: FileResult[] = new Array(paths.length);
  let next = 0;
  const source = tsWorkerSource(new URL('./worker.ts', import.meta.url));
  const workers: Worker[] = [];
  const idle: (() => void)[] = [];

  // A worker gets a file only once it is ready, so the main thread never waits on a worker's
  // start-up: when the queue is empty, workers still starting are simply terminated.
  const runWorker = () => new Promise<void>((resolve, reject) => {
    const worker = new Worker(source, { eval: true, workerData: opts });
    workers.push(worker);
    let current = -1;
    const finish = () => { void worker.terminate().then(() => resolve()); };
    const feed = () => {
      if (next >= paths.length) { finish(); return; }
      current = next++;
      worker.postMessage({ index: current, path: paths[current] });
    };
    worker.on('message', (msg: { ready: true } | { index: number; result: FileResult }) => {
      if ('result' in msg) { results[msg.index] = msg.result; onDone(msg.result); current = -1; }
      feed();
    });
    worker.on('error', (e) => reject(new Error(`kg extract: worker failed on ${paths[current] ?? '(start-up)'}: ${e.message}`)));
    idle.push(() => { if (current < 0) finish(); });
  });

  const runMain = async () => {
    while (next < paths.length) {
      const index = next++;
      results[index] = await extractFile(paths[index], opts);
      onDone(results[index]);
      await yieldToEvents(); // let workers' messages in between files
    }
  };

  const pending = Array.from({ length: Math.min(mainThread ? jobs - 1 : jobs, paths.length) }, runWorker);
  try {
    if (mainThread) {
      await runMain();
      idle.forEach((stop) => stop()); // the queue is empty: stop workers not holding a file
    }
    await Promise.all(pending);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
