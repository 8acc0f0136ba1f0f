/**
 * Runs a real Neo4j Community server from Maven Central jars: fetch (mvn), configure,
 * start a detached JVM, wait for Bolt, stop it. State is a pid file under the home.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import neo4j from 'neo4j-driver';
import { javaArgs, mavenArgs, paths, renderConf, versionOfJars, type ServerSettings } from './config.js';

export interface Status {
  running: boolean;
  pid: number | null;
  version: string | null;
  uri: string;
}

const boltUri = (s: ServerSettings) => `bolt://127.0.0.1:${s.boltPort}`;

/** Pid of our server if its process is alive and is a Neo4j entry point (guards pid reuse). */
function livePid(s: ServerSettings): number | null {
  const file = paths(s).pidFile;
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
  } catch {
    return null;
  }
  const cmdline = existsSync(`/proc/${pid}/cmdline`) ? readFileSync(`/proc/${pid}/cmdline`, 'utf8') : 'EntryPoint';
  return cmdline.includes('EntryPoint') ? pid : null;
}

function installedVersion(s: ServerSettings): string | null {
  const lib = paths(s).lib;
  return existsSync(lib) ? versionOfJars(readdirSync(lib)) : null;
}

export function status(s: ServerSettings): Status {
  return { running: livePid(s) !== null, pid: livePid(s), version: installedVersion(s), uri: boltUri(s) };
}

/** Copies the server jars into home/lib unless they are there; returns the time it took. */
export function fetchJars(s: ServerSettings, log: (line: string) => void): { version: string; ms: number; fetched: boolean } {
  const have = installedVersion(s);
  if (have) return { version: have, ms: 0, fetched: false };
  log(`neo4j: fetching org.neo4j:neo4j ${s.version} from Maven Central into ${paths(s).lib} (cached in ~/.m2) …`);
  const t0 = Date.now();
  const r = spawnSync('mvn', mavenArgs(s), { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.error) throw new Error(`neo4j server: cannot run mvn (${r.error.message}); install Maven and Java 17+`);
  if (r.status !== 0) throw new Error(`neo4j server: mvn dependency:copy-dependencies failed with exit code ${r.status}`);
  const version = installedVersion(s);
  if (!version) throw new Error(`neo4j server: mvn ran but no neo4j-<version>.jar is in ${paths(s).lib}`);
  return { version, ms: Date.now() - t0, fetched: true };
}

/** Writes home/conf/neo4j.conf from the template and creates the data/logs/run directories. */
export function writeConf(s: ServerSettings): void {
  const p = paths(s);
  for (const d of ['conf', 'data', 'logs', 'run', 'plugins', 'import']) mkdirSync(`${s.home}/${d}`, { recursive: true });
  writeFileSync(p.conf, renderConf(readFileSync(p.template, 'utf8'), s));
}

/**
 * True when the server answers over Bolt: `RETURN 1` succeeds (the local server has auth
 * disabled), or a server with auth enabled refuses the missing credentials — it is up either way.
 */
export async function boltAnswers(uri: string): Promise<boolean> {
  const driver = neo4j.driver(uri, undefined, { connectionTimeout: 2000, maxConnectionPoolSize: 1 });
  const session = driver.session();
  try {
    // session.run, not executeQuery: a managed query would retry for 30 s on a closed port.
    await session.run('RETURN 1');
    return true;
  } catch (err) {
    return String((err as { code?: string }).code ?? '').startsWith('Neo.ClientError.Security.');
  } finally {
    await session.close();
    await driver.close();
  }
}

function lastLines(file: string, n: number): string {
  return existsSync(file) ? readFileSync(file, 'utf8').trimEnd().split('\n').slice(-n).join('\n') : '';
}

export interface StartResult {
  alreadyRunning: boolean;
  pid: number;
  version: string;
  fetchMs: number;
  startMs: number;
  uri: string;
}

/** Starts the server detached and waits until Bolt answers; idempotent. */
export async function start(s: ServerSettings, log: (line: string) => void): Promise<StartResult> {
  const running = livePid(s);
  const uri = boltUri(s);
  if (running) return { alreadyRunning: true, pid: running, version: installedVersion(s) ?? '?', fetchMs: 0, startMs: 0, uri };
  if (await boltAnswers(uri))
    throw new Error(`neo4j server: something already answers on ${uri} but it was not started here; stop it or set NEO4J_URI to use it`);
  const fetched = fetchJars(s, log);
  writeConf(s);
  const p = paths(s);
  mkdirSync(dirname(p.consoleLog), { recursive: true });
  const out = openSync(p.consoleLog, 'a');
  const t0 = Date.now();
  const child = spawn('java', javaArgs(s), { detached: true, stdio: ['ignore', out, out] });
  child.unref();
  if (!child.pid) throw new Error('neo4j server: could not start java (is Java 17+ on the PATH?)');
  writeFileSync(p.pidFile, `${child.pid}\n`);
  log(`neo4j: starting Neo4j ${fetched.version} (pid ${child.pid}), waiting for ${uri} …`);
  while (Date.now() - t0 < s.readyTimeoutMs) {
    if (!livePid(s)) {
      rmSync(p.pidFile, { force: true });
      throw new Error(`neo4j server: the JVM exited during start-up; last lines of ${p.consoleLog}:\n${lastLines(p.consoleLog, 15)}`);
    }
    if (await boltAnswers(uri)) return { alreadyRunning: false, pid: child.pid, version: fetched.version, fetchMs: fetched.ms, startMs: Date.now() - t0, uri };
    await sleep(500);
  }
  throw new Error(`neo4j server: Bolt did not answer within ${s.readyTimeoutMs / 1000} s (pid ${child.pid} left running); see ${p.consoleLog}`);
}

/** Stops the server: SIGTERM (clean shutdown), then SIGKILL after `graceMs`. Returns false if it was not running. */
export async function stop(s: ServerSettings, log: (line: string) => void, graceMs = 60_000): Promise<boolean> {
  const pid = livePid(s);
  const pidFile = paths(s).pidFile;
  if (!pid) {
    rmSync(pidFile, { force: true });
    return false;
  }
  process.kill(pid, 'SIGTERM');
  const t0 = Date.now();
  while (livePid(s) && Date.now() - t0 < graceMs) await sleep(250);
  if (livePid(s)) {
    log(`neo4j: pid ${pid} still running after ${graceMs / 1000} s, sending SIGKILL`);
    process.kill(pid, 'SIGKILL');
    while (livePid(s)) await sleep(100);
  }
  rmSync(pidFile, { force: true });
  return true;
}
