/**
 * `pnpm bench:load [entities] [relations] [--batch-size n] [--concurrency n] [--wipe] [--bolt-only]`
 * (--bolt-only skips the baseline: for tuning runs only, it prints no ratio)
 *
 * Loads a seeded synthetic graph in the contract shape (default 100k entities, 500k
 * relations, preferential-attachment degree skew, from syntheticGraph) into the running
 * Neo4j through Bolt with the batched loader, and prints relationships/s. In the same run it
 * times the baseline: `neo4j-admin database import full` (org.neo4j.cli.AdminTool from the
 * same Maven jars) of the same graph as CSV (the project's own csv export) into a throwaway
 * home, and prints the ratio. A second ratio compares each route from the same in-memory graph
 * to a loaded database: Bolt (planning, metrics and writes) against the CSV export (the model,
 * metrics and files neo4j-admin needs) plus the import.
 *
 * The Bolt load goes to a private server started for the bench from the same jars (home
 * .bench/neo4j-server, Bolt 127.0.0.1:7688), so the shared dev database and the test suites
 * running against it are not touched; it is stopped and deleted at the end. With NEO4J_URI
 * set, that server is used instead: it must be empty (or hold only an earlier bench run,
 * marked by a :KgBench node) unless --wipe, and it is wiped after the run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { connect, connectionSettings } from '../src/neo4j/connect.js';
import { loadGraph } from '../src/neo4j/load.js';
import { REPO_ROOT, serverSettings, type ServerSettings } from '../src/neo4j/server/config.js';
import { status } from '../src/neo4j/server/manager.js';
import { processCpuSeconds, startPrivateServer, stopPrivateServer } from './private-server.js';
import { csvImportArgs, importedCounts, neo4jAdmin } from '../src/neo4j/server/admin.js';
import { syntheticGraph } from '../src/synthetic.js';
import { buildGraphology } from '../src/model.js';
import { applyMetrics } from '../src/metrics.js';
import { toNeo4jCsv } from '../src/export/csv.js';

const args = process.argv.slice(2);
const flag = (name: string, dflt: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const VALUE_FLAGS = ['--batch-size', '--concurrency'];
const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && VALUE_FLAGS.includes(args[i - 1])));
const nodes = Number(positional[0] ?? 100_000);
const edges = Number(positional[1] ?? 500_000);
const batchSize = flag('--batch-size', 5_000);
const concurrency = flag('--concurrency', 2);
const seed = 7;

const secs = (ms: number) => (ms / 1000).toFixed(1);
const rate = (n: number, ms: number) => Math.round(n / (ms / 1000)).toLocaleString('en-US');

async function wipeAll(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    // Auto-commit (session.run) because CALL { } IN TRANSACTIONS cannot run in a managed transaction.
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}

async function checkEmpty(driver: Driver): Promise<void> {
  const count = async (q: string) => Number((await driver.executeQuery(q)).records[0].get('n'));
  const n = await count('MATCH (n) WHERE NOT n:KgBench RETURN count(n) AS n');
  const bench = await count('MATCH (n:KgBench) RETURN count(n) AS n');
  if (n > 0 && bench === 0 && !args.includes('--wipe')) {
    console.error(`bench:load: the database at ${connectionSettings().uri} holds ${n} nodes that are not from a bench run; rerun with --wipe to delete them`);
    process.exit(1);
  }
  if (n > 0) {
    console.log(`bench:load: wiping the database (${n} nodes) …`);
    await wipeAll(driver);
  }
}

/** neo4j-admin database import full of the same graph, into a throwaway home; returns ms. */
function adminImport(csvDir: string, home: string): { ms: number; summary: string } {
  fs.mkdirSync(path.join(home, 'conf'), { recursive: true });
  fs.writeFileSync(path.join(home, 'conf', 'neo4j.conf'), 'server.memory.pagecache.size=512m\n');
  const t0 = Date.now();
  const out = neo4jAdmin(serverSettings(), csvImportArgs(csvDir, { reportFile: path.join(home, 'report.txt') }), { home, heap: '2g' });
  const ms = Date.now() - t0;
  const n = importedCounts(out);
  return { ms, summary: n ? `${n.nodes} nodes, ${n.relationships} relationships, ${n.properties} properties` : 'summary not found in the output' };
}

const cpuSeconds = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1e6;

async function main(): Promise<void> {
  const load = () =>
    os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ');
  console.log(`bench:load: ${os.cpus().length} cores, load average ${load()} (other work on the box slows every figure)`);
  console.log(
    `bench:load: synthetic graph of ${nodes} entities and ${edges} relations (seed ${seed}); batch size ${batchSize}, ${concurrency} batches in flight`,
  );
  let t = Date.now();
  const graph = syntheticGraph(nodes, edges, seed);
  console.log(`  generate: ${secs(Date.now() - t)} s (${graph.documents.length} articles)`);

  // Baseline first, so that the Bolt load is not slowed by a JVM still writing the import.
  const work = path.join(REPO_ROOT, '.bench', 'neo4j-load');
  fs.rmSync(work, { recursive: true, force: true });
  const csvDir = path.join(work, 'csv');
  t = Date.now();
  let admin: { ms: number; summary: string } | null = null;
  let exportMs = 0;
  if (!args.includes('--bolt-only')) {
    // With the metrics, so neo4j-admin imports the same properties the Bolt load writes.
    const model = buildGraphology(graph);
    applyMetrics(model);
    const files = toNeo4jCsv(model);
    fs.mkdirSync(csvDir, { recursive: true });
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(csvDir, name), text);
    exportMs = Date.now() - t;
    console.log(`  csv export (model, metrics, CSV text, files): ${secs(exportMs)} s`);
    admin = adminImport(csvDir, path.join(work, 'home'));
    console.log(`  baseline neo4j-admin database import full: ${secs(admin.ms)} s wall (JVM start included): ${admin.summary}`);
  }

  const external = Boolean(process.env.NEO4J_URI);
  let server: ServerSettings | null = null;
  if (!external) {
    // Page cache big enough for the whole store (~0.6 GB at 100k/500k), so no page is evicted mid-load.
    const st = await startPrivateServer('neo4j-server', 7688, 7475, (line) => console.log(`  ${line}`));
    server = st.server;
    console.log(`  private server for the bench: ${st.uri}, started in ${secs(st.startMs)} s`);
  }
  const driver = await connect(server ? { uri: `bolt://127.0.0.1:${server.boltPort}` } : connectionSettings());
  try {
    await checkEmpty(driver);
    await driver.executeQuery('CREATE (:KgBench {startedAt: datetime()})');
    const serverPid = server ? status(server).pid : null;
    const serverCpu0 = serverPid ? processCpuSeconds(serverPid) : null;
    const client0 = process.cpuUsage();
    const r = await loadGraph(driver, graph, { batchSize, concurrency });
    const clientCpu = cpuSeconds(process.cpuUsage(client0));
    const serverCpu1 = serverPid ? processCpuSeconds(serverPid) : null;
    const serverCpu = serverCpu0 !== null && serverCpu1 !== null ? serverCpu1 - serverCpu0 : null;
    // The bound the server's own work sets, whatever the loader does on the client side: its CPU
    // time spread over every core, with no client work and no idle moment.
    const serverFloorMs = serverCpu !== null ? (serverCpu / os.cpus().length) * 1000 : null;
    // And the bound of the whole job when the client shares the machine's cores with the server.
    const machineFloorMs = serverCpu !== null ? ((serverCpu + clientCpu) / os.cpus().length) * 1000 : null;
    const rels = r.edges;
    const { records } = await driver.executeQuery('MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n');
    const stored = Number(records[0].get('n'));
    if (stored !== rels) throw new Error(`bench:load: expected ${rels} relationships in Neo4j, found ${stored}`);
    const p = r.phaseMs;
    console.log(
      `  bolt load: ${secs(r.ms)} s total (planning rows and metrics ${secs(p.plan)} s, constraints and indexes ${secs(p.schema)} s, articles ${secs(p.articles)}, entities ${secs(p.entities)} s, mentions ${secs(p.mentions)} s, relationships ${secs(p.edges)} s)`,
    );
    console.log(`  bolt: ${rels} relationships (${edges} contract relations, folded by topic) + ${r.mentions} MENTIONS, ${r.batches} transactions`);
    if (serverCpu !== null && serverFloorMs !== null)
      console.log(
        `  cpu during the bolt load: server ${serverCpu.toFixed(1)} core-s, this process (planning, driver) ${clientCpu.toFixed(1)} core-s; on ${os.cpus().length} cores the server's share alone takes >= ${secs(serverFloorMs)} s`,
      );
    console.log(`RESULT bolt relationships/s (relationship phase): ${rate(rels, p.edges)}`);
    console.log(`RESULT bolt relationships/s (whole load, nodes and MENTIONS included): ${rate(rels, r.ms)}`);
    if (admin) {
      console.log(`RESULT neo4j-admin import relationships/s (whole import): ${rate(rels, admin.ms)}`);
      // Both rates over the same relationships: Bolt whole load (metrics, nodes, MENTIONS included) vs the whole import (JVM start included).
      console.log(`RESULT ratio bolt / neo4j-admin relationships/s: ${(admin.ms / r.ms).toFixed(2)}x (target >= 0.5x)`);
      if (serverFloorMs !== null)
        console.log(
          `RESULT best ratio the server's write work allows on this machine: ${(admin.ms / serverFloorMs).toFixed(2)}x (neo4j-admin ${secs(admin.ms)} s against >= ${secs(serverFloorMs)} s)`,
        );
      if (machineFloorMs !== null)
        console.log(
          `RESULT best ratio the server's and this process's CPU allow together on ${os.cpus().length} cores: ${(admin.ms / machineFloorMs).toFixed(2)}x (>= ${secs(machineFloorMs)} s)`,
        );
      // Each route from the same in-memory graph to a loaded database: the CSV route must first
      // write the CSV files (with the metrics), as the Bolt load plans its rows and metrics itself.
      console.log(
        `RESULT ratio graph-to-database, bolt / (csv export + neo4j-admin): ${((exportMs + admin.ms) / r.ms).toFixed(2)}x (${secs(r.ms)} s vs ${secs(exportMs)} + ${secs(admin.ms)} s)`,
      );
    }
    console.log(`bench:load: load average at the end ${load()}`);
    if (external) {
      console.log('bench:load: wiping the bench data …');
      await wipeAll(driver);
    }
  } finally {
    await driver.close();
    fs.rmSync(work, { recursive: true, force: true });
    if (server) await stopPrivateServer(server, (line) => console.log(`  ${line}`));
  }
}

main().catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});
