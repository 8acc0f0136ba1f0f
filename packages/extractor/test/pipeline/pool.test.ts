/** The worker pool: workers (TypeScript through tsx) give exactly what in-process extraction gives, in input order. */
import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { runPool } from '../../src/pool/pool.js';
import { extractFile, type FileResult } from '../../src/pool/task.js';

const SEEDS = new URL('../../../../seeds/', import.meta.url).pathname;
const files = ['000_a4d32bf12a255a0f', '001_3298bbd3cf616ebd', '002_718fd42adc70d8c4', '003_7159ef61d58be689', '004_ebdb437c413fb02c']
  .map((f) => join(SEEDS, `${f}.txt`));
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
});
