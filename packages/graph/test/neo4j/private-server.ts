/**
 * A throwaway Neo4j server for the tests that kill, restart or reconfigure one, so the shared
 * test server is never touched: the local server's jars (lib/ symlinked), a home in the OS
 * temp dir, its own ports, started and stopped by the project's server manager. With
 * `password`, authentication is on and user `neo4j` gets that initial password
 * (`neo4j-admin dbms set-initial-password`, org.neo4j.cli.AdminTool from the same jars).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { paths, serverSettings, type ServerSettings } from '../../src/neo4j/server/config.js';
import { start, status, stop, writeConf } from '../../src/neo4j/server/manager.js';
import { neo4jAdmin } from '../../src/neo4j/server/admin.js';

export interface PrivateServer {
  settings: ServerSettings;
  uri: string;
  /** Starts it (again, on the same data after a kill) and waits until Bolt answers. */
  start(): Promise<void>;
  /** SIGKILL to the server's JVM: no shutdown, no flush; returns once the process is gone. */
  kill(): Promise<void>;
  /** Stops it if running and deletes its home. */
  remove(): Promise<void>;
}

const log = () => {};

/** The conf template with authentication switched on, in a directory of its own. */
function authTemplateDir(shared: ServerSettings): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-neo4j-conf-'));
  const template = fs.readFileSync(paths(shared).template, 'utf8');
  if (!template.includes('dbms.security.auth_enabled=false'))
    throw new Error('private server: the conf template no longer says dbms.security.auth_enabled=false');
  fs.writeFileSync(path.join(dir, 'neo4j.conf.template'), template.replace('dbms.security.auth_enabled=false', 'dbms.security.auth_enabled=true'));
  return dir;
}

function setInitialPassword(s: ServerSettings, password: string): void {
  writeConf(s);
  try {
    neo4jAdmin(s, ['dbms', 'set-initial-password', password], { home: s.home });
  } catch (e) {
    throw new Error(`private server: set-initial-password failed: ${(e as { stderr?: string }).stderr || (e as Error).message}`);
  }
}

export function privateServer(opts: { boltPort: number; httpPort: number; password?: string }): PrivateServer {
  const shared = serverSettings();
  const lib = paths(shared).lib;
  if (!fs.existsSync(lib)) throw new Error(`private server: no Neo4j jars in ${lib}; run \`pnpm neo4j:fetch\` (or neo4j:start) first`);
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-neo4j-private-'));
  const pomDir = opts.password ? authTemplateDir(shared) : shared.pomDir;
  const settings: ServerSettings = {
    ...shared,
    home,
    pomDir,
    boltPort: opts.boltPort,
    httpPort: opts.httpPort,
    heap: '1g',
    pagecache: '128m',
    readyTimeoutMs: 180_000,
  };
  fs.mkdirSync(home, { recursive: true });
  fs.symlinkSync(lib, paths(settings).lib);
  if (opts.password) setInitialPassword(settings, opts.password);
  return {
    settings,
    uri: `bolt://127.0.0.1:${opts.boltPort}`,
    start: async () => {
      await start(settings, log);
    },
    kill: async () => {
      const { pid } = status(settings);
      if (pid === null) throw new Error(`private server: nothing to kill, the server on ${opts.boltPort} is not running`);
      process.kill(pid, 'SIGKILL');
      while (status(settings).running) await sleep(50);
    },
    remove: async () => {
      await stop(settings, log, 20_000);
      fs.rmSync(home, { recursive: true, force: true });
      if (pomDir !== shared.pomDir) fs.rmSync(pomDir, { recursive: true, force: true });
    },
  };
}
