/**
 * The real `kg extract` command as a child process over a directory of good and bad inputs:
 * one stderr line per bad input naming it and the reason, the good files extracted,
 * exit 0 when something was read, 2 when nothing was, byte-identical output run after run.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Graph } from '@kg/extractor';
import { toWindows1252, toWindows1258 } from '../../extractor/test/ingest/encode-legacy.js';

const ROOT = new URL('../../../', import.meta.url).pathname;
// The real `kg` program.
const ENTRY = new URL('../src/main.ts', import.meta.url).pathname;
const SEED = join(ROOT, 'seeds', '003_7159ef61d58be689.txt');

const VI_1258 =
  'Ngoại trưởng Việt Nam hội đàm với người đồng cấp Lào\n\nHai bên nhất trí tăng cường hợp tác về kinh tế, giáo dục và quốc phòng trong những năm tới, đồng thời phối hợp chặt chẽ tại các diễn đàn khu vực.';
const EN_1252 =
  'Ministers agree on “closer” ties\n\nThe foreign ministers of France and Germany agreed on Tuesday to deepen cooperation on energy and defence, their offices said in a joint statement – a café-side meeting in Paris.';

let dir: string;
/** Asserts the exit code, showing stderr when it differs (a crash names its cause). */
const expectExit = (r: { status: number | null; stderr: string }, code: number) =>
  expect(r.status === code ? `exit ${code}` : `exit ${r.status}: ${r.stderr}`).toBe(`exit ${code}`);
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', ENTRY, 'extract', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-cli-'));
  const inputs = join(dir, 'inputs');
  mkdirSync(join(inputs, 'nested'), { recursive: true });
  mkdirSync(join(dir, 'empty-dir'));
  copyFileSync(SEED, join(inputs, 'seed.txt'));
  writeFileSync(join(inputs, 'nested', 'vi-1258.txt'), toWindows1258(VI_1258));
  writeFileSync(join(inputs, 'nested', 'en-1252.txt'), toWindows1252(EN_1252));
  writeFileSync(join(inputs, 'empty.txt'), '');
  writeFileSync(join(inputs, 'binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0x41, 0x42]));
  // Enough files for the worker pool (POOL_MIN_FILES).
  mkdirSync(join(dir, 'many'));
  for (let i = 0; i < 10; i++) copyFileSync(SEED, join(dir, 'many', `copy-${i}.txt`));
  // 100 MB without using 100 MB: a sparse file (never committed; lives in the temp dir).
  const fd = openSync(join(inputs, 'huge.txt'), 'w');
  ftruncateSync(fd, 100 * 1024 * 1024);
  closeSync(fd);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kg extract (child process)', () => {
  it('reports each bad input on one line and extracts the rest', () => {
    expect(statSync(join(dir, 'inputs', 'huge.txt')).size).toBe(100 * 1024 * 1024);
    const out = join(dir, 'graph.json');
    const r = run(join(dir, 'inputs'), join(dir, 'empty-dir'), join(dir, 'missing.txt'), '--out', out, '--quiet');
    expectExit(r, 0);
    const lines = r.stderr.trim().split('\n').sort();
    const expected = [
      [join(dir, 'empty-dir'), 'directory holds no articles'],
      [join(dir, 'inputs', 'binary.txt'), 'binary file'],
      [join(dir, 'inputs', 'empty.txt'), 'empty file'],
      [join(dir, 'inputs', 'huge.txt'), 'too large (100.0 MB, limit 50 MB'],
      [join(dir, 'missing.txt'), 'no such file or directory'],
    ]
      .map(([p, reason]) => `kg extract: ${p}: ${reason}`)
      .sort();
    expect(lines).toHaveLength(expected.length);
    lines.forEach((line, i) => expect(line.startsWith(expected[i])).toBe(true));

    const graph = Graph.parse(JSON.parse(readFileSync(out, 'utf8')));
    const docs = Object.fromEntries(graph.documents.map((d) => [d.id, d]));
    expect(Object.keys(docs).sort()).toEqual(['en-1252', 'seed', 'vi-1258']);
    expect(docs['vi-1258']).toMatchObject({ lang: 'vi', title: 'Ngoại trưởng Việt Nam hội đàm với người đồng cấp Lào' });
    expect(docs['vi-1258'].text).toContain('Hai bên nhất trí tăng cường hợp tác về kinh tế, giáo dục và quốc phòng');
    expect(docs['en-1252']).toMatchObject({ lang: 'en', title: 'Ministers agree on “closer” ties' });
    expect(docs['en-1252'].text).toContain('a café-side meeting in Paris.');
    expect(docs.seed.text).not.toContain('Tin liên quan');
  });

  it('accepts a larger --max-size', () => {
    const out = join(dir, 'big.json');
    const r = run(join(dir, 'inputs', 'huge.txt'), '--out', out, '--max-size', '200', '--quiet');
    // Read now (sparse zeros), and refused as binary, not as too large.
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 2, stderr: expect.stringMatching(/huge\.txt: binary file/) });
  });

  it('exits 2 and writes nothing when nothing could be read', () => {
    const out = join(dir, 'none.json');
    const r = run(join(dir, 'empty-dir'), join(dir, 'inputs', 'empty.txt'), '--out', out, '--quiet');
    expectExit(r, 2);
    expect(r.stderr).toContain('nothing could be read');
    expect(existsSync(out)).toBe(false);
  });

  it('writes byte-identical graphs on repeated runs, pooled or not', () => {
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    expectExit(run(join(ROOT, 'seeds'), join(dir, 'many'), '--out', a, '--quiet', '--jobs', '2'), 0);
    expectExit(run(join(ROOT, 'seeds'), join(dir, 'many'), '--out', b, '--quiet', '--jobs', '1'), 0);
    expect(JSON.parse(readFileSync(a, 'utf8')).documents).toHaveLength(15);
    expect(readFileSync(a)).toEqual(readFileSync(b));
    expect(readFileSync(a, 'utf8').endsWith('}\n')).toBe(true);
  });

  it('documents its usage and exit codes in --help', () => {
    const r = run('--help');
    expectExit(r, 0);
    expect(r.stdout).toContain('kg extract [options] <file-or-dir...>');
    expect(r.stdout).toMatch(/--out <graph\.json>[\s\S]*--jobs <n>[\s\S]*--max-size <MB>[\s\S]*--quiet/);
    expect(r.stdout).toMatch(/0 {2}a graph was written[\s\S]*2 {2}nothing could be read/);
  });

  it('rejects a bad option value with a message', () => {
    const r = run(join(ROOT, 'seeds'), '--out', join(dir, 'x.json'), '--jobs', 'zero');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('--jobs must be a positive integer');
  });
});
