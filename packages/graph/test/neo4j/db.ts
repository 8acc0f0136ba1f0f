/**
 * The real Neo4j the graph suites share (NEO4J_URI, default bolt://127.0.0.1:7687, started
 * by `pnpm neo4j:start` before `pnpm test`). Suites run in band and wipe it first.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach } from '@jest/globals';
import type { Driver } from 'neo4j-driver';
import { Graph } from '@kg/extractor';
import { connect, connectionSettings } from '../../src/neo4j/connect.js';
import type { planBatches } from '../../src/neo4j/load.js';

/** Opens a driver or fails the suite with the one-line reason (server not started, …). */
export async function testDriver(): Promise<Driver> {
  try {
    return await connect(connectionSettings());
  } catch (e) {
    throw new Error(`graph tests need a running Neo4j: ${(e as Error).message}`);
  }
}

export async function wipe(driver: Driver): Promise<void> {
  await driver.executeQuery('MATCH (n) DETACH DELETE n');
}

/** Numbers of nodes by label and relationships by type, for before/after comparisons. */
export async function census(driver: Driver): Promise<Record<string, number>> {
  const { records } = await driver.executeQuery(`
    CALL () { MATCH (n) UNWIND labels(n) AS k RETURN 'node:' + k AS k, count(*) AS c
              UNION ALL MATCH ()-[r]->() RETURN 'rel:' + type(r) AS k, count(*) AS c }
    RETURN k, c ORDER BY k`);
  return Object.fromEntries(records.map((r) => [r.get('k') as string, Number(r.get('c'))]));
}

export const fixturePath = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
export const fixture = (name: string): Graph => Graph.parse(JSON.parse(fs.readFileSync(fixturePath(name), 'utf8')));

/**
 * What census() reads after exactly `batches` (of planBatches) committed into an empty
 * database: each article or entity row is one node, each mention or edge row one relationship.
 */
export function plannedCensus(batches: ReturnType<typeof planBatches>): Record<string, number> {
  const out: Record<string, number> = {};
  const add = (key: string, rows: number) => {
    out[key] = (out[key] ?? 0) + rows;
  };
  for (const b of batches) {
    if (b.phase === 'articles') add('node:Article', b.rows.length);
    if (b.phase === 'entities') {
      add('node:Entity', b.rows.length);
      add(`node:${b.group}`, b.rows.length);
    }
    if (b.phase === 'mentions') add('rel:MENTIONS', b.rows.length);
    if (b.phase === 'edges') add(`rel:${b.group}`, b.rows.length);
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Registers the hooks of a file whose every test starts from an empty database: `use` gets the driver. */
export function useEmptyDatabase(use: (driver: Driver) => void): void {
  let driver: Driver | undefined;
  beforeAll(async () => {
    driver = await testDriver();
    use(driver);
  });
  afterAll(async () => {
    await driver?.close();
  });
  beforeEach(async () => {
    await wipe(driver!);
  });
}
