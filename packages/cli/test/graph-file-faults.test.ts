/**
 * A truncated, wrong-shape, dangling or missing graph.json given to the commands that read
 * one (`kg load`, `kg check`, `kg export`, `kg view`), each the real program as a child
 * process: one line naming the file (and the field), the documented exit code, nothing
 * written. `kg load` validates before it connects: NEO4J_URI points at a closed port, so an
 * exit 3 (cannot reach Neo4j) would show that it got past the files.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

const ROOT = new URL('../../../', import.meta.url).pathname;
const ENTRY = new URL('../src/main.ts', import.meta.url).pathname;
const GOOD = join(ROOT, 'packages/graph/test/fixtures/graph.json');
const DANGLING = join(ROOT, 'packages/graph/test/fixtures/neo4j/dangling.json');
const kg = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', ENTRY, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1', CI: '1' },
  });
const result = (r: { status: number | null; stderr: string; stdout: string }) => ({
  status: r.status,
  stderr: r.stderr.trim().split('\n'),
  stdout: r.stdout.trim(),
});

let dir: string;
let truncated: string;
let shape: string;
const missing = () => join(dir, 'missing.json');
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-graph-faults-'));
  truncated = join(dir, 'truncated.json');
  const good = readFileSync(GOOD, 'utf8');
  writeFileSync(truncated, good.slice(0, Math.floor(good.length / 2)));
  shape = join(dir, 'shape.json');
  writeFileSync(shape, JSON.stringify({ ...JSON.parse(good), entities: 'not a list' }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kg load (nothing is written, Neo4j is not even asked)', () => {
  it('a truncated file: not JSON, named, exit 1', () => {
    expect(result(kg('load', GOOD, truncated))).toEqual({
      status: 1,
      stdout: '',
      stderr: [expect.stringMatching(new RegExp(`^kg load: ${truncated}: not JSON \\(.+\\)$`)), 'kg load: nothing was written'],
    });
  });

  it('a wrong-shape file: the field named, exit 1', () => {
    expect(result(kg('load', shape))).toEqual({
      status: 1,
      stdout: '',
      stderr: [expect.stringMatching(new RegExp(`^kg load: ${shape}: entities: Expected array, received string`)), 'kg load: nothing was written'],
    });
  });

  it('a relation pointing to a missing entity: the relation and the id named, exit 1', () => {
    const r = result(kg('load', DANGLING));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`kg load: ${DANGLING}: relations.4.object: no entity with id "vladimir-putin"`);
    expect(r.stderr.at(-1)).toBe('kg load: nothing was written');
  });

  it('a missing file: cannot read, exit 1', () => {
    expect(result(kg('load', missing()))).toEqual({
      status: 1,
      stdout: '',
      stderr: [`kg load: ${missing()}: cannot read (ENOENT)`, 'kg load: nothing was written'],
    });
  });

  it('a bad option: exit 2', () => {
    expect(result(kg('load', '--batch-size', '0', GOOD))).toEqual({
      status: 2,
      stdout: '',
      stderr: ['kg load: --batch-size and --concurrency must be positive integers'],
    });
  });

  it('kg build takes the same load options: a bad one is exit 2 before anything is extracted or written', () => {
    const out = join(tmpdir(), `kg-build-bad-option-${process.pid}`);
    expect(result(kg('build', '--concurrency', 'two', '--out', out, 'seeds'))).toEqual({
      status: 2,
      stdout: '',
      stderr: ['kg build: --batch-size and --concurrency must be positive integers'],
    });
    expect(existsSync(out)).toBe(false);
  });

  it('documents its exit codes in --help', () => {
    expect(kg('load', '--help').stdout).toMatch(/Exit codes:\n {2}0 [^\n]+\n {2}1 [^\n]+\n {2}2 [^\n]+\n {2}3 [^\n]+NEO4J_PASSWORD[^\n]+\n {2}4 /);
  });
});

describe('kg check', () => {
  it('a truncated file: unreadable, exit 2', () => {
    expect(result(kg('check', truncated))).toMatchObject({ status: 2, stdout: '', stderr: [expect.stringMatching(new RegExp(`^kg check: ${truncated}: `))] });
  });

  it('a relation pointing to a missing entity: broken, the field named, exit 1', () => {
    const r = kg('check', DANGLING);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/relations\.4\.object.*vladimir-putin/);
  });
});

describe('kg export', () => {
  it('only bad inputs (truncated, dangling): each named, exit 2, nothing written', () => {
    const out = join(dir, 'out.gexf');
    const r = result(kg('export', truncated, DANGLING, '--format', 'gexf', '--out', out, '--quiet'));
    expect(r).toEqual({
      status: 2,
      stdout: '',
      stderr: [
        expect.stringMatching(new RegExp(`^kg export: ${truncated} is not JSON: `)),
        expect.stringMatching(new RegExp(`^kg export: ${DANGLING} is not a valid graph\\.json: .*relations\\.4\\.object: no entity with id "vladimir-putin"`)),
        'kg export: no valid graph.json to export',
      ],
    });
    expect(existsSync(out)).toBe(false);
  });
});

describe('kg view', () => {
  it('a missing graph file: named, exit 1, before building anything', () => {
    expect(result(kg('view', missing()))).toEqual({
      status: 1,
      stdout: '',
      stderr: [`kg view: ${missing()} does not exist; run \`pnpm kg build seeds\` first or name a graph file`],
    });
  });
});
