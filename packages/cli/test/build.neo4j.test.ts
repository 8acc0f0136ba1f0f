/**
 * `kg build` (the real program, a child process), the main job, against the real Neo4j: it writes
 * graph.json and every export before loading, loads what it wrote, names a bad input and goes on;
 * with Neo4j unreachable the files are still written and the exit code says nothing was loaded.
 * (A wrong password is in load-faults.neo4j.test.ts, beside the server that has one.)
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { Graph } from '@kg/extractor';
import { census, testDriver, wipe } from '../../graph/test/neo4j/db.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const kg = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync('node', ['--import', 'tsx', 'packages/cli/src/main.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env, CI: '1' },
    timeout: 240_000,
  });

// Fresh sentences written for this test, one Vietnamese and one English article.
const VI =
  'Ngoại trưởng Pháp hội đàm với người đồng cấp Đức tại Paris\n\nNgày 4/3, Ngoại trưởng Pháp đã hội đàm với Ngoại trưởng Đức tại Paris. Hai bên nhất trí tăng cường hợp tác về năng lượng.';
const EN =
  'Ministers meet in Oslo\n\nThe foreign ministers of Norway and Sweden met in Oslo on Tuesday and agreed to cooperate on Arctic research, their offices said.';
const EXPORTS = ['graph.gexf', 'graph.graphml', 'graph.graphology.json', 'neo4j-import', 'graph.cypher'];

let driver: Driver;
let dir: string;
let inputs: string;
beforeAll(async () => {
  driver = await testDriver();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-build-'));
  inputs = path.join(dir, 'in');
  fs.mkdirSync(inputs);
  fs.writeFileSync(path.join(inputs, 'vi.txt'), VI);
  fs.writeFileSync(path.join(inputs, 'en.txt'), EN);
  fs.writeFileSync(path.join(inputs, 'empty.txt'), '');
});
afterAll(async () => {
  await driver?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  await wipe(driver);
});

const written = (out: string) => fs.readdirSync(out).sort();

describe('kg build', () => {
  it('writes graph.json and every export, loads the graph, names the empty input and exits 1', async () => {
    const out = path.join(dir, 'out-ok');
    const r = kg(['build', inputs, '--out', out, '--quiet']);
    expect(r.stderr.trim().split('\n')).toEqual([`kg build: ${path.join(inputs, 'empty.txt')}: empty file`]);
    expect(r.status).toBe(1);
    expect(written(out)).toEqual(['graph.json', ...EXPORTS].sort());
    const graph = Graph.parse(JSON.parse(fs.readFileSync(path.join(out, 'graph.json'), 'utf8')));
    expect(graph.documents.map((d) => d.lang).sort()).toEqual(['en', 'vi']);
    const db = await census(driver);
    expect(db['node:Entity']).toBe(graph.entities.length);
    expect(db['node:Article']).toBe(2);
    expect(r.stdout).toMatch(new RegExp(`loaded into Neo4j: ${graph.entities.length} entities`));
  });

  it('with Neo4j unreachable: the files are written, one line says how to start it, exit 3', async () => {
    const out = path.join(dir, 'out-no-db');
    fs.rmSync(path.join(inputs, 'empty.txt'));
    try {
      const r = kg(['build', inputs, '--out', out, '--quiet'], { NEO4J_URI: 'bolt://127.0.0.1:7699' });
      expect(r.stderr.trim()).toBe(
        'kg build: not loaded: cannot reach Neo4j at bolt://127.0.0.1:7699: start the local server with `pnpm neo4j:start`, or set NEO4J_URI to a running server',
      );
      expect(r.status).toBe(3);
      expect(written(out)).toEqual(['graph.json', ...EXPORTS].sort());
      expect(await census(driver)).toEqual({});
    } finally {
      fs.writeFileSync(path.join(inputs, 'empty.txt'), '');
    }
  });

  it('--no-load with every input good: files only, exit 0, nothing in the database', async () => {
    const out = path.join(dir, 'out-no-load');
    const r = kg(['build', path.join(inputs, 'en.txt'), '--out', out, '--no-load', '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(written(out)).toContain('graph.json');
    expect(await census(driver)).toEqual({});
  });
});
