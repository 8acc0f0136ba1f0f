/**
 * Extraction throughput: `pnpm bench:extract` (from the repo root).
 *
 * Builds a corpus in a temp dir (the seeds repeated to >= 5 MB of Vietnamese; the English
 * fixtures in test/fixtures/en repeated to >= 1 MB when present), then per language measures
 *   ingest        decode + clean + title/date/lang, one thread (the baseline)
 *   ingest+extract the same plus the language plugin, one thread
 *   pool          ingest+extract on the pool (--jobs threads: the main thread plus jobs-1 workers)
 * and, once, the start-up time of one worker (tsx, plugins, lexicons), a fixed cost per run.
 * and prints MB/s (input bytes) and articles/s, with each row's ratio to the baseline.
 * Flags: --mb-vi N, --mb-en N (corpus sizes), --jobs N (pool size).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readDocument } from '../src/ingest/read.js';
import { loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { defaultJobs, runPool, tsWorkerSource } from '../src/pool/pool.js';
import { extractFile } from '../src/pool/task.js';

const { values } = parseArgs({ options: { 'mb-vi': { type: 'string', default: '5' }, 'mb-en': { type: 'string', default: '1' }, jobs: { type: 'string' } } });
const jobs = values.jobs ? Number(values.jobs) : defaultJobs();
const ROOT = new URL('../../../', import.meta.url).pathname;

/** Copies the files of `src` into `dest` under fresh names until `mb` MB are written. */
function buildCorpus(src: string, dest: string, mb: number): { files: string[]; bytes: number } {
  const originals = readdirSync(src).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(src, f)));
  mkdirSync(dest, { recursive: true });
  const files: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < mb * 1024 * 1024; i++) {
    const buf = originals[i % originals.length];
    const path = join(dest, `doc-${String(i).padStart(5, '0')}.txt`);
    writeFileSync(path, buf);
    files.push(path);
    bytes += buf.length;
  }
  return { files, bytes };
}

async function time(fn: () => Promise<number>): Promise<{ seconds: number; ok: number }> {
  const t0 = process.hrtime.bigint();
  const ok = await fn();
  return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, ok };
}

/** Seconds from spawning a worker to its being ready (modules loaded). */
async function workerStartup(): Promise<number> {
  const t0 = process.hrtime.bigint();
  const worker = new Worker(tsWorkerSource(new URL('../src/pool/worker.ts', import.meta.url)), { eval: true, workerData: {} });
  await new Promise((resolve, reject) => { worker.once('message', resolve); worker.once('error', reject); });
  await worker.terminate();
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

async function benchLanguage(lang: string, files: string[], bytes: number) {
  const ingest = await time(async () => {
    let ok = 0;
    for (const f of files) if ((await readDocument(f)).ok) ok++;
    return ok;
  });
  const single = await time(async () => {
    let ok = 0;
    for (const f of files) if ((await extractFile(f)).ok) ok++;
    return ok;
  });
  const pool = await time(async () => (await runPool(files, jobs, {}, () => {})).filter((r) => r.ok).length);
  const mb = bytes / 1024 / 1024;
  const row = (name: string, r: { seconds: number; ok: number }) =>
    `${lang}  ${name.padEnd(24)} ${(mb / r.seconds).toFixed(2).padStart(7)} MB/s ${(r.ok / r.seconds).toFixed(0).padStart(7)} articles/s`
    + `  ${r.seconds.toFixed(2).padStart(6)} s  x${(ingest.seconds / r.seconds).toFixed(2)} vs ingest`;
  console.log(row('ingest (1 thread)', ingest));
  console.log(row('ingest+extract (1 thread)', single));
  console.log(row(`ingest+extract (pool ${jobs})`, pool));
  console.log(`${lang}  pool/single ratio: x${(single.seconds / pool.seconds).toFixed(2)} (${files.length} files, ${mb.toFixed(1)} MB, ${pool.ok} read)`);
}

const dir = mkdtempSync(join(tmpdir(), 'kg-bench-extract-'));
try {
  const vi = buildCorpus(join(ROOT, 'seeds'), join(dir, 'vi'), Number(values['mb-vi']));
  const enSrc = join(ROOT, 'packages/extractor/test/fixtures/en');
  const en = statSync(enSrc, { throwIfNoEntry: false })?.isDirectory() ? buildCorpus(enSrc, join(dir, 'en'), Number(values['mb-en'])) : null;
  console.log(`bench:extract — pool of ${jobs} threads, Node ${process.version}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log(`worker start-up (to ready): ${(await workerStartup()).toFixed(2)} s`);
  await benchLanguage('vi', vi.files, vi.bytes);
  if (en) await benchLanguage('en', en.files, en.bytes);
  else console.log('en  (no test/fixtures/en: skipped)');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
