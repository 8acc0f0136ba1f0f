/**
 * The languages of a batch, from a few of its files: what each worker loads before it says it
 * is ready. A plugin loads on first use anyway (lang/index.ts); loading it up front keeps a
 * "ready" worker from stalling on the files queued to it, and loading only the languages seen
 * spares a Vietnamese-only batch compromise's ~0.6 s of CPU in every worker.
 */
import { readDocument } from '../ingest/read.js';
import type { Lang } from '../types.js';
import type { TaskOptions } from './task.js';

/** The distinct languages of up to `sample` files spread evenly over `paths` (unreadable ones skipped). */
export async function sampleLanguages(paths: string[], opts: TaskOptions = {}, sample = 8): Promise<Lang[]> {
  const picks = new Set<number>();
  for (let k = 0; k < Math.min(sample, paths.length); k++) picks.add(Math.floor((k * paths.length) / Math.min(sample, paths.length)));
  const langs = new Set<Lang>();
  for (const i of picks) {
    const read = await readDocument(paths[i]!, opts);
    if (read.ok) langs.add(read.doc.lang);
  }
  return [...langs].sort();
}
