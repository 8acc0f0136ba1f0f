/** Worker thread: says when it is ready (modules loaded), then extracts the files the pool sends, one message per file. */
import { parentPort, workerData } from 'node:worker_threads';
import { extractFile, type TaskOptions } from './task.js';

const opts = workerData as TaskOptions;
parentPort!.on('message', async (msg: { index: number; path: string }) => {
  const result = await extractFile(msg.path, opts);
  parentPort!.postMessage({ index: msg.index, result });
});
parentPort!.postMessage({ ready: true });
