/**
 * Neo4j killed in the middle of a load, then restarted on the same data. A private server
 * (private-server.ts, Bolt 7731 / HTTP 7732, killed with SIGKILL: no shutdown, no flush)
 * takes a synthetic graph in a few dozen batches; its JVM dies while one batch's statement
 * has run but not committed. After the restart the database must be consistent (constraints
 * there, no duplicate ids, every relationship between two loaded nodes) and hold exactly the
 * batches committed before the kill (each batch is one transaction: whole or absent). A
 * re-run then completes the load, and the database equals — node for node, relationship for
 * relationship, property for property — a clean load of the same graph into an empty database.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadGraph, planBatches } from '../../src/neo4j/load.js';
import { syntheticGraph } from '../../src/synthetic.js';
import { census, plannedCensus } from './db.js';
import { privateServer, type PrivateServer } from './private-server.js';

const GRAPH = syntheticGraph(4_000, 12_000, 11);
const BATCH = 400;
const PLAN = planBatches(GRAPH, BATCH);
/** The batch whose transaction the kill interrupts: a relationship batch past the middle. */
const KILL_AT = Math.floor(PLAN.length * 0.6);

let server: PrivateServer;
let driver: Driver;
/** A driver that gives up on a dead server after 1 s of retries instead of the default 30 s. */
const open = () => neo4j.driver(server.uri, undefined, { maxTransactionRetryTime: 1_000, disableLosslessIntegers: true });

beforeAll(async () => {
  server = privateServer({ boltPort: 7731, httpPort: 7732 });
  await server.start();
  driver = open();
}, 300_000);
afterAll(async () => {
  await driver?.close();
  await server?.remove();
}, 60_000);

/** What the database holds when exactly the first `n` batches of the plan have committed. */
const censusOfFirst = (n: number) => plannedCensus(PLAN.slice(0, n));

const count = async (query: string) => Number((await driver.executeQuery(query)).records[0].get('n'));

/** Every node and relationship with all its properties, one sorted line each. */
async function dump(): Promise<string[]> {
  const sorted = (o: Record<string, unknown>) => JSON.stringify(Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b))));
  const nodes = await driver.executeQuery('MATCH (n) RETURN labels(n) AS l, properties(n) AS p');
  const rels = await driver.executeQuery('MATCH (s)-[r]->(o) RETURN s.id AS s, type(r) AS t, o.id AS o, properties(r) AS p');
  return [
    ...nodes.records.map((r) => `node ${[...(r.get('l') as string[])].sort().join(':')} ${sorted(r.get('p'))}`),
    ...rels.records.map((r) => `rel ${r.get('s')} ${r.get('t')} ${r.get('o')} ${sorted(r.get('p'))}`),
  ].sort();
}

/** Empties the database, schema too. */
async function wipeAll(): Promise<void> {
  const session = driver.session();
  try {
    // Auto-commit: CALL { } IN TRANSACTIONS cannot run in a managed transaction.
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
  for (const r of (await driver.executeQuery('SHOW CONSTRAINTS YIELD name')).records) await driver.executeQuery(`DROP CONSTRAINT ${r.get('name')}`);
  for (const r of (await driver.executeQuery("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'")).records)
    await driver.executeQuery(`DROP INDEX ${r.get('name')}`);
}

describe('Neo4j killed in the middle of a load', () => {
  let afterRerun: string[];

  it('fails the load naming the interrupted batch; after a restart the database is consistent and holds exactly the committed batches', async () => {
    expect(PLAN.slice(KILL_AT).some((b) => b.phase !== 'edges')).toBe(false); // the kill falls in the relationship phase
    let calls = 0;
    const load = loadGraph(driver, GRAPH, {
      batchSize: BATCH,
      // One batch at a time, so "the batches before the killed one" is exact (the CLI's kill test
      // in packages/cli/test/load-faults.neo4j.test.ts runs the default, 2 in flight).
      concurrency: 1,
      quiet: true,
      // Runs inside each batch's transaction after its statement: the kill lands before the commit.
      onBatch: async () => {
        if (++calls === KILL_AT + 1) await server.kill();
      },
    });
    const killed = PLAN[KILL_AT];
    await expect(load).rejects.toThrow(`kg load: batch ${killed.index + 1} of ${killed.group} (edges, ${killed.rows.length} rows) failed and was rolled back`);
    expect(calls).toBe(KILL_AT + 1);

    await server.start();
    const constraints = (await driver.executeQuery('SHOW CONSTRAINTS YIELD name')).records.map((r) => r.get('name'));
    expect(constraints.sort()).toEqual(['article_id', 'entity_id']);
    expect(await count('MATCH (e:Entity) WITH e.id AS id, count(*) AS c WHERE c > 1 RETURN count(*) AS n')).toBe(0);
    expect(await count('MATCH (a:Article) WITH a.id AS id, count(*) AS c WHERE c > 1 RETURN count(*) AS n')).toBe(0);
    // Every node is a loaded article or entity (a MATCH that found no end would have made none).
    expect(await count('MATCH (n) WHERE n.id IS NULL OR NOT (n:Article OR (n:Entity AND n.name IS NOT NULL)) RETURN count(n) AS n')).toBe(0);
    expect(await count('MATCH (s)-[r]->(o) WHERE NOT (s:Entity OR s:Article) OR NOT o:Entity RETURN count(r) AS n')).toBe(0);
    // Exactly the batches before the killed one: none lost, none half written.
    expect(await census(driver)).toEqual(censusOfFirst(KILL_AT));
  }, 300_000);

  it('a re-run completes it to the same nodes, relationships and properties as a clean load into an empty database', async () => {
    const rerun = await loadGraph(driver, GRAPH, { batchSize: BATCH, quiet: true });
    expect(rerun.batches).toBe(PLAN.length);
    expect(await census(driver)).toEqual(censusOfFirst(PLAN.length));
    afterRerun = await dump();

    await wipeAll();
    expect(await count('MATCH (n) RETURN count(n) AS n')).toBe(0);
    await loadGraph(driver, GRAPH, { batchSize: BATCH, quiet: true });
    const clean = await dump();
    expect(clean.length).toBe(
      PLAN.reduce((n, b) => n + (b.phase === 'articles' || b.phase === 'entities' ? b.rows.length : 0), 0) +
        PLAN.reduce((n, b) => n + (b.phase === 'mentions' || b.phase === 'edges' ? b.rows.length : 0), 0),
    );
    const inClean = new Set(clean);
    const inRerun = new Set(afterRerun);
    expect({
      size: afterRerun.length,
      onlyAfterRerun: afterRerun.filter((l) => !inClean.has(l)).slice(0, 3),
      onlyInClean: clean.filter((l) => !inRerun.has(l)).slice(0, 3),
    }).toEqual({ size: clean.length, onlyAfterRerun: [], onlyInClean: [] });
  }, 300_000);
});
