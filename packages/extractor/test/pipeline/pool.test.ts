/**
 * The worker pool: workers (compiled dist/) give exactly what in-process extraction gives, in
 * input order; a crashing worker costs only the file it held; workers that cannot start leave
 * the work to the main thread.
 */
import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { runPool, workerEntry } from '../../src/pool/pool.js';
import { extractFile, type FileResult } from '../../src/pool/task.js';

const SEEDS = new URL('../../../../seeds/', import.meta.url).pathname;
const files = ['000_a4d32bf12a255a0f', '001_3298bbd3cf616ebd', '002_718fd42adc70d8c4', '003_7159ef61d58be689', '004_ebdb437c413fb02c'].map((f) =>
  join(SEEDS, `${f}.txt`),
);
const inputs = [...files, join(SEEDS, 'missing.txt'), ...files.slice().reverse()];

describe('runPool', () => {
  it('returns, from workers only, the in-process results in input order', async () => {
    const expected: FileResult[] = [];
    for (const f of inputs) expected.push(await extractFile(f));
    const seen: string[] = [];
    const pooled = await runPool(inputs, 2, {}, (r) => seen.push(r.path), { mainThread: false });
    expect(pooled).toEqual(expected);
    expect(seen.sort()).toEqual([...inputs].sort());
    expect(pooled[5]).toEqual({ ok: false, path: inputs[5], reason: 'no such file or directory' });
  });

  it('with the main thread helping, still returns every result in order', async () => {
    const pooled = await runPool(inputs, 2, {}, () => {});
    expect(pooled.map((r) => r.path)).toEqual(inputs);
    expect(pooled.filter((r) => r.ok)).toHaveLength(10);
  });

  it('runs the compiled worker, not tsx', async () => {
    const { entry, note } = await workerEntry();
    expect(note).toMatch(/^compiled/);
    expect('url' in entry && entry.url.pathname).toMatch(/\/dist\/pool\/worker\.js$/);
  });

  const standIn = { url: new URL('./fixtures/crashing-worker.mjs', import.meta.url) };
  const names = (n: number) => Array.from({ length: n }, (_, i) => `/nowhere/file-${String(i).padStart(2, '0')}.txt`);

  it('reports the file a worker crashed on, requeues what it held, and goes on with a new worker', async () => {
    const paths = names(24);
    paths[3] = '/nowhere/throw-a.txt';
    paths[17] = '/nowhere/exit-b.txt';
    const seen: string[] = [];
    const results = await runPool(paths, 2, {}, (r) => seen.push(r.path), { mainThread: false, entry: standIn, sizes: paths.map(() => 1000) });
    expect(seen.sort()).toEqual([...paths].sort());
    expect(results.map((r) => r.path)).toEqual(paths);
    const reasons = results.map((r) => (r.ok ? 'ok' : r.reason));
    expect(reasons[3]).toMatch(/^worker crashed while extracting this file \(boom on throw-a\.txt\)/);
    expect(reasons[17]).toMatch(/^worker crashed while extracting this file \(exit code 7\)/);
    expect(reasons.filter((r) => r === 'seen by stand-in worker')).toHaveLength(22);
  });

  it('does the work in the main thread when no worker can start', async () => {
    const paths = names(5);
    const results = await runPool(paths, 2, { failStartup: true } as object, () => {}, { mainThread: false, entry: standIn });
    expect(results.map((r) => (r.ok ? 'ok' : r.reason))).toEqual(paths.map(() => 'no such file or directory'));
  });
});
