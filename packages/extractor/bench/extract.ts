/**
 * Extraction throughput: `pnpm bench:extract` (from the repo root).
 *
 * Builds a corpus in a temp dir (the seeds repeated to >= 12 MB of Vietnamese; the English
 * fixtures in test/fixtures/en repeated to >= 12 MB: long enough for the pool to reach a steady
 * state after its worker starts), then per language measures, in one run:
 *   read+split      read the file, decode, split sentences: the floor every extractor pays
 *   ingest          decode + clean + title/date/lang, one thread
 *   ingest+extract  the same plus the language plugin, one thread
 *   same, 2nd pass  the same files again in the same thread: the code is optimised by now (the
 *                   first pass spends much of its time in V8's unoptimised tiers), the per-core
 *                   rate a long run settles at
 *   pool N          ingest+extract on N threads (the main thread plus N-1 compiled workers),
 *                   end to end, worker start-up included; and the same with workers started
 *                   through tsx (how they ran before dist/), for a same-run before/after
 * and prints MB/s (input bytes) and articles/s by wall clock and per CPU-second (the per-core
 * figure, which holds on a shared machine), each row's cost as a multiple of read+split, and
 * the N-thread ratio: by wall clock, and after the last worker was ready (steady state), and
 * projected from CPU time (steady-state MB per CPU-second on N threads against one thread's,
 * times N: what N idle cores would give, whatever else runs on the machine).
 * Worker start-up is timed for the compiled worker and for the old tsx one in the same run.
 * Flags: --mb-vi N, --mb-en N (corpus sizes), --jobs N (pool size), --repeat N (best of N).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { decode } from '../src/ingest/encoding.js';
import { readDocument } from '../src/ingest/read.js';
import { defaultJobs, runPool, spawnWorker, tsxWorkerSource, workerEntry, type PoolStats, type WorkerEntry } from '../src/pool/pool.js';
import { extractFile, type FileResult } from '../src/pool/task.js';
import { pluginFor } from '../src/lang/index.js';
import { splitSentences } from '../src/text/sentences.js';

const { values } = parseArgs({
  options: {
    'mb-vi': { type: 'string', default: '12' },
    'mb-en': { type: 'string', default: '12' },
    jobs: { type: 'string' },
    repeat: { type: 'string', default: '1' },
  },
});
const jobs = values.jobs ? Number(values.jobs) : Math.max(2, defaultJobs());
const repeat = Number(values.repeat);
const ROOT = new URL('../../../', import.meta.url).pathname;

/** Copies the .txt files of `src` into `dest` under fresh names until `mb` MB are written. */
function buildCorpus(src: string, dest: string, mb: number): { files: string[]; bytes: number } {
  const originals = readdirSync(src)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(src, f)));
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

interface Timing {
  wall: number;
  cpu: number;
  ok: number;
}

/** Wall and process CPU seconds of `fn` (best wall of `repeat` runs). */
async function time(fn: () => Promise<number>): Promise<Timing> {
  let best: Timing | null = null;
  for (let i = 0; i < repeat; i++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    const ok = await fn();
    const wall = Number(process.hrtime.bigint() - t0) / 1e9;
    const c = process.cpuUsage(c0);
    if (!best || wall < best.wall) best = { wall, cpu: (c.user + c.system) / 1e6, ok };
  }
  return best!;
}

/**
 * Seconds from spawning a worker to its being ready (modules and lexicons loaded): wall, and
 * the process's CPU time meanwhile (the main thread only waits), which counts tsx's loader
 * thread too and does not grow with the machine's load.
 */
async function workerStartup(entry: WorkerEntry): Promise<{ wall: number; cpu: number }> {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const worker = spawnWorker(entry, { preload: ['vi', 'en'] }); // both plugins, as a mixed batch loads them
  await new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const c = process.cpuUsage(c0);
  await worker.terminate();
  return { wall: Number(process.hrtime.bigint() - t0) / 1e9, cpu: (c.user + c.system) / 1e6 };
}

const fmt = (n: number, d = 2, w = 7) => n.toFixed(d).padStart(w);

async function benchLanguage(lang: string, files: string[], bytes: number, entry: WorkerEntry) {
  const mb = bytes / 1024 / 1024;
  const size = new Map(files.map((f) => [f, statSync(f).size]));
  const base = await time(async () => {
    let n = 0;
    for (const f of files) {
      const d = decode(readFileSync(f)); // synchronously, as readDocument reads (less its stat)
      if (d.ok) {
        splitSentences(d.text);
        n++;
      }
    }
    return n;
  });
  const ingest = await time(async () => {
    let ok = 0;
    for (const f of files) if ((await readDocument(f)).ok) ok++;
    return ok;
  });
  // The results are kept until the pass ends, as `kg extract -j 1` keeps them for the merge and
  // the pool below returns them: holding them costs GC time, which the pool pays too.
  const extractAll = async () => {
    const kept: FileResult[] = [];
    for (const f of files) kept.push(await extractFile(f));
    return kept.filter((r) => r.ok).length;
  };
  const single = await time(extractAll);
  const warm = await time(extractAll);
  let stats: PoolStats = { readyMs: [], mainFiles: 0, workerFiles: 0, crashes: 0 };
  let doneAt: { ms: number; bytes: number; cpu: number }[] = [];
  const pool = await time(async () => {
    stats = { readyMs: [], mainFiles: 0, workerFiles: 0, crashes: 0 };
    doneAt = [];
    const t0 = performance.now();
    const cpu = () => {
      const c = process.cpuUsage();
      return (c.user + c.system) / 1e6;
    };
    const results = await runPool(files, jobs, {}, (r) => doneAt.push({ ms: performance.now() - t0, bytes: size.get(r.path)!, cpu: cpu() }), { entry, stats });
    return results.filter((r) => r.ok).length;
  });
  // The same pool with workers that start through tsx, as before dist/ existed: the A/B of this change.
  const tsxEntry = { source: tsxWorkerSource(new URL('../src/pool/worker.ts', import.meta.url)) };
  const poolTsx = await time(async () => (await runPool(files, jobs, {}, () => {}, { entry: tsxEntry })).filter((r) => r.ok).length);
  const row = (name: string, r: Timing) =>
    `${lang}  ${name.padEnd(27)} ${fmt(mb / r.wall)} MB/s ${fmt(r.ok / r.wall, 0)} art/s | per CPU-s ${fmt(mb / r.cpu)} MB ${fmt(r.ok / r.cpu, 0)} art` +
    ` | ${fmt(r.wall, 2, 6)} s  cost x${(r.wall / base.wall).toFixed(1)} of read+split (CPU x${(r.cpu / base.cpu).toFixed(1)})`;
  console.log(row('read+split (1 thread)', base));
  console.log(row('ingest (1 thread)', ingest));
  console.log(row('ingest+extract (1 thread)', single));
  console.log(row('  same, 2nd pass (warm JIT)', warm));
  console.log(row(`ingest+extract (${jobs} threads)`, pool));
  console.log(row(`  same, tsx workers (before)`, poolTsx));
  // Steady state: throughput between the last worker's being ready and the end of the queue.
  // No steady state when a worker was never ready: the main thread alone did the files.
  const allReady = stats.readyMs.length >= jobs - 1;
  const lastReady = Math.max(...stats.readyMs, 0);
  const after = allReady ? doneAt.filter((d) => d.ms > lastReady) : [];
  const steadyWindow = after.length > 1 ? (after[after.length - 1].ms - lastReady) / 1000 : NaN;
  const steadyMB = after.slice(1).reduce((s, d) => s + d.bytes, 0) / 1024 / 1024;
  const steadyMBs = steadyMB / steadyWindow;
  // Load-proof projection: MB per CPU-second of all threads in steady state, against one
  // thread's, times the thread count: the ratio N idle cores would give (1 = no gain).
  const steadyPerCpu = after.length > 1 ? steadyMB / (after[after.length - 1].cpu - after[0].cpu) : NaN;
  const projected = (jobs * steadyPerCpu) / (mb / single.cpu);
  // Too small a corpus: the main thread finished before a worker was ready, so no steady state.
  const steady = (x: number, what: string) => (Number.isFinite(x) ? `x${x.toFixed(2)} ${what}` : `no figure ${what} (no steady state: use a bigger corpus)`);
  console.log(
    `${lang}  ${jobs}-thread ratio: x${(single.wall / pool.wall).toFixed(2)} end to end (${allReady ? `workers ready after ${stats.readyMs.map((m) => (m / 1000).toFixed(1)).join(', ')} s` : 'no worker ready before the queue ran out'};` +
      ` main thread took ${stats.mainFiles}/${files.length} files), ${steady(steadyMBs / (mb / single.wall), 'in steady state')};` +
      ` CPU used ${(pool.cpu / pool.wall).toFixed(2)} of ${jobs} cores (other load shares them); with tsx workers x${(single.wall / poolTsx.wall).toFixed(2)}`,
  );
  console.log(
    `${lang}  steady state per CPU-second: ${Number.isFinite(steadyPerCpu) ? steadyPerCpu.toFixed(2) : '-'} MB on ${jobs} threads vs ${(mb / single.cpu).toFixed(2)} on one:` +
      ` ${steady(projected, `projected on ${jobs} idle cores`)}`,
  );
}

// The in-process rows measure extraction, not loading: both plugins load (once) before any timing,
// as they did at import time before plugins were loaded on first use.
await pluginFor('vi');
await pluginFor('en');
const dir = mkdtempSync(join(tmpdir(), 'kg-bench-extract-'));
try {
  const vi = buildCorpus(join(ROOT, 'seeds'), join(dir, 'vi'), Number(values['mb-vi']));
  const en = buildCorpus(join(ROOT, 'packages/extractor/test/fixtures/en'), join(dir, 'en'), Number(values['mb-en']));
  const { entry, note } = await workerEntry();
  console.log(
    `bench:extract — Node ${process.version}, ${jobs} threads, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}; workers: ${note}`,
  );
  const compiled = await workerStartup(entry);
  const tsx = await workerStartup({ source: tsxWorkerSource(new URL('../src/pool/worker.ts', import.meta.url)) });
  console.log(
    `worker start-up to ready: compiled ${compiled.wall.toFixed(2)} s wall, ${compiled.cpu.toFixed(2)} s CPU; ` +
      `tsx ${tsx.wall.toFixed(2)} s wall, ${tsx.cpu.toFixed(2)} s CPU: x${(tsx.cpu / compiled.cpu).toFixed(1)} less CPU`,
  );
  for (const [lang, corpus] of [
    ['vi', vi],
    ['en', en],
  ] as const)
    await benchLanguage(lang, corpus.files, corpus.bytes, entry);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
