/**
 * POST /api/cypher against the real Neo4j (NEO4J_URI, default bolt://127.0.0.1:7687), over
 * real HTTP: reads work; writes are refused by the server's pre-check with a clear message
 * and, when they get past it, by Neo4j itself (READ session, read transaction); a query
 * is stopped at the time-out; rows stop at the limit, marked as truncated; the Neo4j
 * credentials never appear in any answer.
 *
 * The database is shared with other suites: this one only creates nodes labelled
 * KgViewerServerTest with its own run id, and only deletes those.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { connect } from '../../graph/src/neo4j/connect.js';
import { serve, type RunningServer, type ServeOptions } from '../src/server/index.js';
import { runReadQuery } from '../src/server/read-query.js';
import { ensureBuild } from '../scripts/build.js';
import { CONTRACT_FIXTURE } from './helpers.js';
import { postCypher, rawRequest, type RawResponse } from './http.js';

const RUN = `run-${randomUUID()}`;
// Distinctive credentials: the test Neo4j runs without authentication and accepts any.
const USER = `kguser${randomUUID().replace(/-/g, '')}`;
const PASSWORD = `kgpass${randomUUID().replace(/-/g, '')}`;
// The test Neo4j: NEO4J_URI, as every Neo4j test reads it (a second server may run beside the default one).
const URI = process.env.NEO4J_URI || 'bolt://127.0.0.1:7687';

let driver: Driver;
const servers: RunningServer[] = [];
const start = async (extra: Partial<ServeOptions> = {}) => {
  const s = await serve({ graphFile: CONTRACT_FIXTURE, port: 0, log: () => {}, neo4j: { uri: URI, username: USER, password: PASSWORD }, ...extra });
  servers.push(s);
  return s;
};
let main: RunningServer;

/** How many of this run's nodes there are, and whether a node a refused write would have made exists. */
const census = async () => {
  const res = await driver.executeQuery('MATCH (n:KgViewerServerTest {run: $run}) RETURN count(n) AS n, sum(n.touched) AS touched', { run: RUN });
  const marker = await driver.executeQuery("MATCH (n) WHERE n.marker = 'kg-viewer-must-not-exist' RETURN count(n) AS n");
  return { nodes: Number(res.records[0].get('n')), touched: Number(res.records[0].get('touched') ?? 0), marker: Number(marker.records[0].get('n')) };
};

beforeAll(async () => {
  driver = await connect({ uri: URI });
  await driver.executeQuery('UNWIND range(1, 30) AS i CREATE (:KgViewerServerTest {run: $run, i: i, name: "Node " + i, touched: 0})', { run: RUN });
  await ensureBuild();
  main = await start();
});
afterAll(async () => {
  for (const s of servers) await s.close();
  await driver?.executeQuery('MATCH (n:KgViewerServerTest {run: $run}) DETACH DELETE n', { run: RUN });
  await driver?.close();
});

const json = (r: RawResponse) => JSON.parse(r.body);

describe('reading', () => {
  it('returns the nodes and rows of a read query', async () => {
    const res = await postCypher(main.url, {
      query: 'MATCH (n:KgViewerServerTest {run: $run}) WHERE n.i <= $k RETURN n ORDER BY n.i',
      params: { run: RUN, k: 3 },
    });
    expect(res.status).toBe(200);
    const body = json(res);
    expect(body.nodes.map((n: { properties: { name: string } }) => n.properties.name)).toEqual(['Node 1', 'Node 2', 'Node 3']);
    expect(body.rows).toHaveLength(3);
    expect(body.truncated).toBe(false);
  });
});

describe('writes', () => {
  // Each is refused by the pre-check (403, `refused`), and the database is unchanged.
  it.each([
    "CREATE (:Thing {marker: 'kg-viewer-must-not-exist'})",
    'MATCH (n:KgViewerServerTest {run: $run}) SET n.touched = 1',
    'MATCH (n:KgViewerServerTest {run: $run}) DETACH DELETE n',
    "MERGE (:Thing {marker: 'kg-viewer-must-not-exist'})",
    'MATCH (n:KgViewerServerTest {run: $run}) REMOVE n.name',
    "MATCH (n:KgViewerServerTest {run: $run}) // only reading\nCREATE (:Thing {marker: 'kg-viewer-must-not-exist'})",
    'MATCH (n:KgViewerServerTest {run: $run}) /* harmless */ SET n.touched = 1',
    'MATCH (n:KgViewerServerTest {run: $run}) CALL (n) { SET n.touched = 1 } RETURN n',
    'MATCH (n:KgViewerServerTest {run: $run}) WITH collect(n) AS ns FOREACH (x IN ns | SET x.touched = 1)',
    "LOAD CSV FROM 'file:///etc/hostname' AS row RETURN row",
    'CALL dbms.listConfig()',
    "CALL db.createLabel('KgViewerMustNotExist')",
    'SHOW USERS',
  ])('refuses %s before it reaches Neo4j', async (query) => {
    const before = await census();
    const res = await postCypher(main.url, { query, params: { run: RUN } });
    expect(res.status).toBe(403);
    expect(json(res)).toMatchObject({ refused: true, error: expect.stringMatching(/^kg view: the Cypher box only reads: /) });
    expect(await census()).toEqual(before);
  });

  it('runs in a read transaction, so Neo4j itself refuses what the pre-check would let through', async () => {
    const before = await census();
    const limits = { timeoutMs: 5000, rowLimit: 10 };
    for (const query of ["CREATE (:Thing {marker: 'kg-viewer-must-not-exist'})", 'MATCH (n:KgViewerServerTest {run: $run}) SET n.touched = 1']) {
      const err = await runReadQuery(driver, query, { run: RUN }, limits).then(
        () => undefined,
        (e) => e,
      );
      expect(err?.code).toBe('Neo.ClientError.Statement.AccessMode');
    }
    // A procedure that writes the schema is refused by Neo4j in a read transaction too.
    const proc = await runReadQuery(driver, "CALL db.createLabel('KgViewerMustNotExist')", {}, limits).then(
      () => undefined,
      (e) => e,
    );
    expect(proc?.code).toMatch(/^Neo\.ClientError\./);
    expect(await census()).toEqual(before);
  });

  it('answers Neo4j errors readable, with their code', async () => {
    const res = await postCypher(main.url, { query: 'MATCH (n RETURN n' });
    expect(res.status).toBe(422);
    expect(json(res).error).toMatch(/^Neo\.ClientError\.Statement\.SyntaxError: /);
  });
});

describe('limits', () => {
  it('stops a query at the time-out', async () => {
    const quick = await start({ queryTimeoutMs: 300 });
    // A read that takes far longer than 0.3 s.
    const res = await postCypher(quick.url, { query: 'UNWIND range(1, 2000000000) AS i WITH i WHERE i % 1000003 = -1 RETURN count(i)' });
    expect(res.status).toBe(422);
    expect(json(res).error).toMatch(/^Neo\.ClientError\.Transaction\.TransactionTimedOut\w*: the query ran longer than the viewer's time-out \(0\.3 s\)/);
  });

  it('stops reading at the row limit and says the result was cut', async () => {
    const small = await start({ rowLimit: 25 });
    const cut = json(await postCypher(small.url, { query: 'MATCH (n:KgViewerServerTest {run: $run}) RETURN n ORDER BY n.i', params: { run: RUN } }));
    expect(cut.rows).toHaveLength(25);
    expect(cut.nodes).toHaveLength(25);
    expect(cut).toMatchObject({ truncated: true, rowLimit: 25 });
    const big = json(await postCypher(small.url, { query: 'UNWIND range(1, 100000000) AS i RETURN i' }));
    expect(big.rows.map((r: { i: number }) => r.i)).toEqual(Array.from({ length: 25 }, (_, k) => k + 1));
    expect(big.truncated).toBe(true);
    // Exactly the limit is not a cut result.
    const exact = json(await postCypher(small.url, { query: 'UNWIND range(1, 25) AS i RETURN i' }));
    expect(exact).toMatchObject({ truncated: false });
    expect(exact.rows).toHaveLength(25);
    expect(json(await rawRequest(small.url, { path: '/api/info' }))).toMatchObject({ rowLimit: 25 });
  });
});

describe('credentials', () => {
  const leaks = (r: RawResponse) => {
    const text = r.body + JSON.stringify(r.headers);
    return [USER, PASSWORD].filter((s) => text.includes(s));
  };

  it('never appear in a page, a file or an answer', async () => {
    const answers: RawResponse[] = [];
    const get = async (path: string) => {
      const r = await rawRequest(main.url, { path });
      answers.push(r);
      return r;
    };
    const html = (await get('/')).body;
    for (const asset of html.match(/(?<=(src|href)="\.\/)assets\/[^"]+/g) ?? []) expect((await get(`/${asset}`)).status).toBe(200);
    for (const path of ['/index.html', '/api/info', '/api/graph', '/api/articles/doc-a', '/api/articles/nope', '/api/nothing', '/missing.js']) await get(path);
    for (const query of ['MATCH (n:KgViewerServerTest {run: $run}) RETURN n LIMIT 2', 'MATCH (n RETURN n', 'CALL dbms.listConfig()', 'CREATE (n)'])
      answers.push(await postCypher(main.url, { query, params: { run: RUN } }));
    expect(answers.length).toBeGreaterThan(12);
    expect(answers.flatMap(leaks)).toEqual([]);
  });

  it('are kept out of connection errors, even when the URI carries them', async () => {
    const down = await start({ neo4j: { uri: `bolt://${USER}:${PASSWORD}@127.0.0.1:1`, username: USER, password: PASSWORD } });
    const res = await postCypher(down.url, { query: 'RETURN 1' });
    expect(res.status).toBe(422);
    expect(json(res).error).toMatch(/cannot reach Neo4j/);
    expect(leaks(res)).toEqual([]);
  });
});
