/**
 * `kg load` (the real program, a child process) and the viewer's server against a private
 * Neo4j with authentication on (graph/test/neo4j/private-server.ts, Bolt 7731 / HTTP 7732):
 * a wrong or missing NEO4J_PASSWORD is one line naming NEO4J_USERNAME / NEO4J_PASSWORD and
 * exit 3, with nothing written; the server SIGKILLed in the middle of a load is one message
 * naming the server's URI and exit 4; after a restart the same command completes the load to
 * the counts of a clean load.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';
import { planBatches, syntheticGraph } from '@kg/graph';
import { serve } from '@kg/viewer/server';
import { postCypher } from '../../viewer/test/http.js';
import { census, fixturePath, plannedCensus } from '../../graph/test/neo4j/db.js';
import { privateServer, type PrivateServer } from '../../graph/test/neo4j/private-server.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const PASSWORD = `right-${process.pid}-pass`;
const WRONG = `wrong-${process.pid}-pass`;
const CLI = ['--import', 'tsx', 'packages/cli/src/main.ts'];

let server: PrivateServer;
let driver: Driver;
let dir: string;
const env = (password?: string): NodeJS.ProcessEnv => {
  const e: NodeJS.ProcessEnv = { ...process.env, CI: '1', NEO4J_URI: server.uri, NEO4J_USERNAME: 'neo4j', NEO4J_PASSWORD: password };
  if (password === undefined) {
    delete e.NEO4J_USERNAME;
    delete e.NEO4J_PASSWORD;
  }
  return e;
};
const kg = (args: string[], password?: string) => spawnSync('node', [...CLI, ...args], { cwd: root, encoding: 'utf8', env: env(password), timeout: 240_000 });
/**
 * Starts `kg <args>`, waits until `begun` says its load has begun, then SIGKILLs the server:
 * the program's exit code and stderr. Throws if the program ends before that.
 */
async function killServerDuringKg(args: string[], begun: () => Promise<boolean>, pollMs: number): Promise<{ code: number | null; stderr: string }> {
  const child = spawn('node', [...CLI, ...args], { cwd: root, env: env(PASSWORD) });
  let stderr = '';
  child.stderr.on('data', (c) => {
    stderr += c;
  });
  let finished = false;
  const exited = new Promise<number | null>((done) =>
    child.on('exit', (code) => {
      finished = true;
      done(code);
    }),
  );
  while (!(await begun())) {
    if (finished) throw new Error(`kg ${args[0]} ended before the moment to kill the server: ${stderr}`);
    await sleep(pollMs);
  }
  await server.kill();
  return { code: await exited, stderr };
}
const count = async (query: string) => Number((await driver.executeQuery(query)).records[0].get('n'));

const openDriver = () => neo4j.driver(server.uri, neo4j.auth.basic('neo4j', PASSWORD), { maxTransactionRetryTime: 1_000 });

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-load-faults-'));
  server = privateServer({ boltPort: 7731, httpPort: 7732, password: PASSWORD });
  await server.start();
  driver = openDriver();
}, 300_000);
afterAll(async () => {
  await driver?.close();
  await server?.remove();
  fs.rmSync(dir, { recursive: true, force: true });
}, 60_000);

describe('credentials', () => {
  it('kg load with a wrong NEO4J_PASSWORD: one line naming the settings, exit 3, nothing written', async () => {
    const r = kg(['load', '--quiet', fixturePath('graph.json')], WRONG);
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^kg load: authentication failed at bolt:\/\/127\.0\.0\.1:7731: check NEO4J_USERNAME and NEO4J_PASSWORD \(.+\)$/),
    ]);
    expect(r.stdout + r.stderr).not.toContain(WRONG);
    expect(r.status).toBe(3);
    expect(await census(driver)).toEqual({});
  });

  it('kg load without credentials against a server that wants them: says to set them, exit 3', () => {
    const r = kg(['load', '--quiet', fixturePath('graph.json')]);
    expect(r.stderr.trim()).toMatch(/^kg load: Neo4j at bolt:\/\/127\.0\.0\.1:7731 requires authentication: set NEO4J_USERNAME and NEO4J_PASSWORD \(.+\)$/);
    expect(r.status).toBe(3);
  });

  it('kg build with a wrong NEO4J_PASSWORD: graph.json and the exports written, nothing loaded, exit 3', async () => {
    const inputs = path.join(dir, 'build-in');
    const out = path.join(dir, 'build-out');
    fs.mkdirSync(inputs);
    // A fresh sentence written for this test.
    fs.writeFileSync(
      path.join(inputs, 'a.txt'),
      'Leaders meet in Rome\n\nThe prime ministers of Italy and Greece met in Rome on Friday and agreed to cooperate on migration.',
    );
    const r = kg(['build', inputs, '--out', out, '--quiet'], WRONG);
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^kg build: not loaded: authentication failed at bolt:\/\/127\.0\.0\.1:7731: check NEO4J_USERNAME and NEO4J_PASSWORD \(.+\)$/),
    ]);
    expect(r.stdout + r.stderr).not.toContain(WRONG);
    expect(r.status).toBe(3);
    expect(fs.readdirSync(out)).toEqual(
      expect.arrayContaining(['graph.json', 'graph.gexf', 'graph.graphml', 'graph.graphology.json', 'graph.cypher', 'neo4j-import']),
    );
    expect(await census(driver)).toEqual({});
  }, 240_000);

  it('the right password loads (so the refusals above were about the password)', async () => {
    const r = kg(['load', '--quiet', fixturePath('graph.json')], PASSWORD);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect((await census(driver))['node:Entity']).toBe(7);
    await driver.executeQuery('MATCH (n) DETACH DELETE n');
  });

  it("the viewer's server with a wrong NEO4J_PASSWORD answers the Cypher box with the reason, never the password", async () => {
    const staticDir = path.join(dir, 'dist');
    fs.mkdirSync(staticDir, { recursive: true });
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>viewer</title>');
    const saved = { ...process.env };
    Object.assign(process.env, env(WRONG));
    let running;
    try {
      running = await serve({ graphFile: fixturePath('graph.json'), port: 0, staticDir, log: () => {} });
    } finally {
      for (const k of ['NEO4J_URI', 'NEO4J_USERNAME', 'NEO4J_PASSWORD'])
        if (saved[k] === undefined) delete process.env[k];
        else process.env[k] = saved[k];
    }
    try {
      const res = await postCypher(running.url, { query: 'RETURN 1' });
      const body = res.body;
      expect(res.status).toBe(422);
      expect(JSON.parse(body).error).toMatch(/^neo4j: authentication failed at bolt:\/\/127\.0\.0\.1:7731: check NEO4J_USERNAME and NEO4J_PASSWORD/);
      expect(body).not.toContain(WRONG);
    } finally {
      await running.close();
    }
  });
});

describe('Neo4j killed in the middle of `kg load`', () => {
  const graph = syntheticGraph(3_000, 9_000, 5);
  const BATCH = 200;
  let file: string;

  it('names the server and says a re-run completes the load, exit 4', async () => {
    file = path.join(dir, 'big.json');
    fs.writeFileSync(file, JSON.stringify(graph));
    // Kill as soon as some batches have committed (relationships appear after the entities).
    const { code, stderr } = await killServerDuringKg(
      ['load', '--quiet', '--batch-size', String(BATCH), file],
      async () => (await count('MATCH ()-[r]->() RETURN count(r) AS n')) > 0,
      100,
    );
    expect(stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        new RegExp(
          `^kg load: ${file}: Neo4j at bolt://127\\.0\\.0\\.1:7731 stopped answering during the load \\(batch \\d+ of \\w+ \\((mentions|edges), \\d+ rows\\) failed and was rolled back: .+\\)\\. ` +
            'The batches committed before stay; when the server is back, run the same `kg load` again to complete the load\\.$',
        ),
      ),
    ]);
    expect(code).toBe(4);
  }, 300_000);

  it('after a restart the same command completes it: counts equal a clean load', async () => {
    await server.start();
    const r = kg(['load', '--quiet', '--batch-size', String(BATCH), file], PASSWORD);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(await census(driver)).toEqual(plannedCensus(planBatches(graph, BATCH)));
  }, 300_000);
});

describe('Neo4j killed in the middle of `kg build`', () => {
  let out: string;

  it('keeps graph.json and the exports, names the server, says `kg load` completes it, exit 4', async () => {
    await driver.executeQuery('MATCH (n) DETACH DELETE n');
    out = path.join(dir, 'build-out');
    // One row per transaction, one at a time: the seeds' load then takes a few hundred transactions.
    const args = ['build', '--quiet', '--batch-size', '1', '--concurrency', '1', '--out', out, 'seeds'];
    // Kill once the load has begun (extraction and the files come first).
    const { code, stderr } = await killServerDuringKg(args, async () => (await count('MATCH (e:Entity) RETURN count(e) AS n')) > 0, 50);
    const graphFile = path.join(out, 'graph.json');
    expect(stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        new RegExp(
          `^kg build: ${graphFile}: Neo4j at bolt://127\\.0\\.0\\.1:7731 stopped answering during the load \\(batch \\d+ of \\w+ \\(\\w+, 1 rows\\) failed and was rolled back: .+\\)\\. ` +
            `The batches committed before stay; when the server is back, run \`kg load ${graphFile}\` again to complete the load\\.$`,
        ),
      ),
    ]);
    expect(code).toBe(4);
    for (const f of ['graph.json', 'graph.gexf', 'graph.graphml', 'graph.cypher']) expect(fs.statSync(path.join(out, f)).size).toBeGreaterThan(0);
  }, 300_000);

  it('after a restart, `kg load` of its graph.json completes it: counts equal a clean load', async () => {
    await server.start();
    const graphFile = path.join(out, 'graph.json');
    const r = kg(['load', '--quiet', graphFile], PASSWORD);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const graph = JSON.parse(fs.readFileSync(graphFile, 'utf8'));
    expect(await census(driver)).toEqual(plannedCensus(planBatches(graph, 1)));
  }, 300_000);
});
