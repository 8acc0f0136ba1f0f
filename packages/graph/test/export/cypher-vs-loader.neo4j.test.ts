/**
 * The Cypher export and the Bolt loader (src/neo4j/load.ts) must build the same database:
 * load each fixture both ways into the real Neo4j and compare everything the loader writes.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import neo4j, { type Driver } from 'neo4j-driver';
import { connect } from '../../src/neo4j/connect.js';
import { loadGraph } from '../../src/neo4j/load.js';
import { toCypher } from '../../src/export/cypher.js';
import { cases } from './models.js';

const EVIDENCE = ['evidenceKeys', 'evidenceArticles', 'evidenceSentences', 'evidenceStarts', 'evidenceEnds'];

let driver: Driver;
beforeAll(async () => {
  driver = await connect();
});
afterAll(async () => {
  await driver.executeQuery('MATCH (n) DETACH DELETE n');
  await driver.close();
});

const value = (v: unknown): unknown => (neo4j.isInt(v) ? (v as { toNumber(): number }).toNumber() : Array.isArray(v) ? v.map(value) : v);

/** Properties as plain values; evidence lists re-ordered by key (order carries no meaning). */
function props(p: Record<string, unknown>): Record<string, unknown> {
  const out = Object.fromEntries(Object.entries(p).map(([k, v]) => [k, value(v)]));
  if (Array.isArray(out.evidenceKeys)) {
    const order = (out.evidenceKeys as string[])
      .map((k, i) => [k, i] as const)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([, i]) => i);
    for (const k of EVIDENCE) out[k] = order.map((i) => (out[k] as unknown[])[i]);
  }
  return out;
}

/** Everything in the database, in a canonical order. */
async function dump(): Promise<unknown> {
  const q = async (text: string) => (await driver.executeQuery(text)).records.map((r) => r.toObject());
  const nodes = await q('MATCH (n) RETURN labels(n) AS labels, properties(n) AS p ORDER BY n.id');
  const rels = await q('MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS p ORDER BY a, type, b, r.key');
  return {
    nodes: nodes.map((n) => ({ labels: (n.labels as string[]).sort(), p: props(n.p as Record<string, unknown>) })),
    rels: rels.map((r) => ({ a: r.a, type: r.type, b: r.b, p: props(r.p as Record<string, unknown>) })),
  };
}

describe.each(cases())('Cypher export vs Bolt loader on the $name', ({ source, model }) => {
  it('builds the same nodes, labels, relationships and properties', async () => {
    await driver.executeQuery('MATCH (n) DETACH DELETE n');
    await loadGraph(driver, source, { quiet: true });
    const loaded = await dump();
    await driver.executeQuery('MATCH (n) DETACH DELETE n');
    for (const s of toCypher(model)
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('//')))
      await driver.executeQuery(s);
    const exported = await dump();
    expect(exported).toEqual(loaded);
    expect((loaded as { rels: unknown[] }).rels.length).toBeGreaterThan(0);
  });
});
