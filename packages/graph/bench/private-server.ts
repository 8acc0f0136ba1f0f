/**
 * What the Neo4j benches share: a private server started from the project's jars beside the
 * dev one (its own home under .bench/ and its own ports, so the dev database and the test
 * suites are not touched), and a process's CPU time read from /proc.
 */
import fs from 'node:fs';
import path from 'node:path';
import { paths, REPO_ROOT, serverSettings, type ServerSettings } from '../src/neo4j/server/config.js';
import { start, stop } from '../src/neo4j/server/manager.js';

/** Starts a fresh server in .bench/<name> (page cache big enough for a 100k/500k store). */
export async function startPrivateServer(
  name: string,
  boltPort: number,
  httpPort: number,
  log: (line: string) => void,
): Promise<{ server: ServerSettings; uri: string; startMs: number }> {
  const shared = serverSettings();
  const server: ServerSettings = {
    ...shared,
    home: path.join(REPO_ROOT, '.bench', name),
    boltPort,
    httpPort,
    pagecache: process.env.NEO4J_PAGECACHE ?? '2g',
  };
  fs.rmSync(server.home, { recursive: true, force: true });
  fs.mkdirSync(server.home, { recursive: true });
  fs.symlinkSync(paths(shared).lib, paths(server).lib);
  const st = await start(server, log);
  return { server, uri: st.uri, startMs: st.startMs };
}

/** Stops the private server and deletes its home. */
export async function stopPrivateServer(server: ServerSettings, log: (line: string) => void): Promise<void> {
  await stop(server, log);
  fs.rmSync(server.home, { recursive: true, force: true });
}

/** USER_HZ: 100 on every Linux build that matters (getconf CLK_TCK). */
const CLOCK_TICKS = 100;

/** User + system CPU seconds of a process so far, from /proc (Linux; null elsewhere). */
export function processCpuSeconds(pid: number): number | null {
  try {
    // Fields after the command name (which may hold spaces and parentheses, so cut at the last
    // one): state is field 3, utime and stime fields 14 and 15.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const after = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(after[11]) + Number(after[12])) / CLOCK_TICKS;
  } catch {
    return null;
  }
}
