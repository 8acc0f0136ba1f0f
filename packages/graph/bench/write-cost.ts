/**
 * `pnpm bench:write-cost [entities] [relations]`: where the Neo4j server's CPU goes when the
 * loader writes relationships, the phase that dominates a Bolt load (bench:load).
 *
 * On a private server (from the same jars, .bench/write-cost, Bolt 127.0.0.1:7689) holding the
 * synthetic graph's entities (default 100k; relations 500k, seed 7, as bench:load), it writes
 * the folded relationships three times, each under its own relationship types, in 5,000-row
 * batches, two in flight, as the loader does, and reads the server's CPU time from /proc:
 *   1. the loader's statement (cypher.ts edgeStatement, CREATE mode) on the fresh server: the
 *      JVM still compiling the write path;
 *   2. the same relationships without properties: matching both ends and creating the
 *      relationship, the least any loader of this graph must do (the baseline);
 *   3. the loader's statement again, on the warmed-up server.
 * It prints each as relationships per server CPU-second and as a multiple of the baseline, and
 * the floor the warm write sets on a load's wall time with this machine's cores. Linux only.
 */
import os from 'node:os';
import type { Driver } from 'neo4j-driver';
import { PREDICATES } from '@kg/extractor';
import { connect, sessionsOf } from '../src/neo4j/connect.js';
import { planBatches, type FreshParts } from '../src/neo4j/load.js';
import { EDGE_COLUMNS } from '../src/neo4j/rows.js';
import { CONSTRAINT_STATEMENTS, ensureSchema } from '../src/neo4j/schema.js';
import { status } from '../src/neo4j/server/manager.js';
import { syntheticGraph } from '../src/synthetic.js';
import { processCpuSeconds, startPrivateServer, stopPrivateServer } from './private-server.js';

const [nodes, edges] = [Number(process.argv[2] ?? 100_000), Number(process.argv[3] ?? 500_000)];
const BATCH = 5_000;
const log = (line: string) => console.log(`  ${line}`);

type Batch = ReturnType<typeof planBatches>[number];

/** An empty database: the loader plans CREATE statements for every part (cypher.ts WriteMode). */
const NOTHING_STORED: FreshParts = { entities: true, mentions: true, predicates: new Set(PREDICATES) };

/** Runs the batches two at a time, each in its own write transaction, as loadGraph does. */
async function run(driver: Driver, list: Batch[]): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < list.length) {
      const b = list[next++];
      const session = driver.session();
      try {
        await session.executeWrite((tx) => tx.run(b.statement.text, { ...b.statement.params, rows: b.rows }));
      } finally {
        await session.close();
      }
    }
  };
  await Promise.all([worker(), worker()]);
}

/** The batch with another statement text (and rows): a relationship type of its own per pass (`MEET_1`), so no pass meets another's relationships. */
const rewritten = (b: Batch, text: string, rows = b.rows): Batch => ({ ...b, statement: { ...b.statement, text }, rows });
const retyped = (b: Batch, pass: number) => rewritten(b, b.statement.text.replace(`[:${b.group} {`, `[:${b.group}_${pass} {`));
const [SUBJECT, OBJECT] = [EDGE_COLUMNS.indexOf('subject'), EDGE_COLUMNS.indexOf('object')];
const bare = (b: Batch): Batch =>
  rewritten(
    b,
    `UNWIND $rows AS row MATCH (s:Entity {id: row[0]}) MATCH (o:Entity {id: row[1]}) CREATE (s)-[:${b.group}_2]->(o)`,
    b.rows.map((r) => [(r as unknown[])[SUBJECT], (r as unknown[])[OBJECT]]),
  );

async function main(): Promise<void> {
  console.log(`bench:write-cost: ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)}; ${nodes} entities, ${edges} relations (seed 7)`);
  const planned = planBatches(syntheticGraph(nodes, edges, 7), BATCH, NOTHING_STORED);
  const edgeBatches = planned.filter((b) => b.phase === 'edges');
  const total = edgeBatches.reduce((n, b) => n + b.rows.length, 0);
  const { server, uri } = await startPrivateServer('write-cost', 7689, 7476, log);
  const driver = await connect({ uri });
  try {
    const pid = status(server).pid;
    if (!pid || processCpuSeconds(pid) === null) throw new Error('bench:write-cost: cannot read the server process CPU time from /proc');
    await ensureSchema(sessionsOf(driver), CONSTRAINT_STATEMENTS);
    await run(
      driver,
      planned.filter((b) => b.phase === 'entities'),
    );
    const passes = [
      { name: 'loader statement, fresh server', list: edgeBatches.map((b) => retyped(b, 1)) },
      { name: 'ends only, no property (baseline)', list: edgeBatches.map(bare) },
      { name: 'loader statement, warm server', list: edgeBatches.map((b) => retyped(b, 3)) },
    ];
    const cost: number[] = [];
    for (const pass of passes) {
      const c0 = processCpuSeconds(pid)!;
      const t0 = Date.now();
      await run(driver, pass.list);
      const wall = (Date.now() - t0) / 1000;
      cost.push(processCpuSeconds(pid)! - c0);
      console.log(`  ${pass.name}: ${wall.toFixed(1)} s wall, server ${cost.at(-1)!.toFixed(1)} CPU-s`);
    }
    const rate = (cpu: number) => Math.round(total / cpu).toLocaleString('en-US');
    for (const [i, pass] of passes.entries())
      console.log(`RESULT ${pass.name}: ${rate(cost[i])} relationships per server CPU-second, x${(cost[i] / cost[1]).toFixed(2)} the baseline's CPU`);
    console.log(
      `RESULT warm loader writes of ${total} relationships take >= ${(cost[2] / os.cpus().length).toFixed(1)} s on ${os.cpus().length} cores, on the server alone (the fresh server's JIT adds ${(cost[0] - cost[2]).toFixed(1)} CPU-s)`,
    );
  } finally {
    await driver.close();
    await stopPrivateServer(server, log);
  }
}

main().catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});
