/**
 * Worker thread: loads its modules, says when it is ready, then extracts the files the pool
 * sends, one at a time in the order sent, one message per file. A language plugin and its
 * lexicons load once, on the worker's first document in that language (lang/index.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractFile, type TaskOptions } from './task.js';

const opts = workerData as TaskOptions;
const pending: { index: number; path: string }[] = [];
let busy = false;

async function drain(): Promise<void> {
  busy = true;
  for (let job = pending.shift(); job; job = pending.shift()) {
    const result = await extractFile(job.path, opts);
    parentPort!.postMessage({ index: job.index, result });
  }
  busy = false;
}

parentPort!.on('message', (msg: { index: number; path: string }) => {
  pending.push(msg);
  if (!busy) void drain();
});
parentPort!.postMessage({ ready: true });
