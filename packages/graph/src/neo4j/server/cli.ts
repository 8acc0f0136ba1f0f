/**
 * `pnpm neo4j:start | stop | status` (and `fetch`, for CI caches): the local Neo4j server.
 * With NEO4J_URI set, an external server is in use and these commands do nothing.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fetchJars, start, status, stop } from './manager.js';
import { serverSettings } from './config.js';

const log = (line: string) => process.stderr.write(`${line}\n`);

/** Runs one server command; returns the process exit code. */
export async function runServerCommand(cmd: string | undefined, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const s = serverSettings(env);
  if (env.NEO4J_URI && cmd !== 'fetch') {
    console.log(`neo4j: NEO4J_URI is set (${env.NEO4J_URI}): using that external server; nothing to ${cmd ?? 'do'} here.`);
    return 0;
  }
  switch (cmd) {
    case 'start': {
      const r = await start(s, log);
      if (r.alreadyRunning) console.log(`neo4j: already running (pid ${r.pid}) at ${r.uri}`);
      else {
        const fetch = r.fetchMs ? `fetched jars in ${(r.fetchMs / 1000).toFixed(1)} s, ` : '';
        console.log(`neo4j: Neo4j ${r.version} running (pid ${r.pid}); ${fetch}started in ${(r.startMs / 1000).toFixed(1)} s`);
      }
      console.log(`neo4j: URI ${r.uri}  (auth disabled: any user name and password, or none, are accepted)`);
      console.log(`neo4j: browser http://127.0.0.1:${s.httpPort}  home ${s.home}`);
      return 0;
    }
    case 'stop': {
      const was = await stop(s, log);
      console.log(was ? 'neo4j: stopped' : 'neo4j: not running');
      return 0;
    }
    case 'status': {
      const st = status(s);
      console.log(st.running ? `neo4j: running (pid ${st.pid}, Neo4j ${st.version}) at ${st.uri}` : 'neo4j: not running');
      return 0;
    }
    case 'fetch': {
      const r = fetchJars(s, log);
      console.log(r.fetched ? `neo4j: fetched Neo4j ${r.version} in ${(r.ms / 1000).toFixed(1)} s` : `neo4j: Neo4j ${r.version} jars already in ${s.home}/lib`);
      return 0;
    }
    default:
      console.error(`neo4j: unknown command "${cmd ?? ''}"; use start | stop | status | fetch`);
      return 2;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runServerCommand(process.argv[2]).then(
    (code) => process.exit(code),
    (err: Error) => {
      console.error(err.message);
      process.exit(1);
    },
  );
}
