/**
 * Worker thread: loads the plugins of the batch's languages (`preload`, sampled by the pool)
 * and their lexicons once, says when it is ready, then extracts the files the pool sends, one
 * at a time in the order sent, one message per file. A language the sample missed loads on the
 * worker's first document in it (lang/index.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { pluginFor } from '../lang/index.js';
import type { Lang } from '../types.js';
import { extractFile, type TaskOptions } from './task.js';

export type WorkerData = TaskOptions & { preload?: Lang[] };

const { preload = [], ...opts } = (workerData ?? {}) as WorkerData;
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
for (const lang of preload) await pluginFor(lang);
parentPort!.postMessage({ ready: true });
