/**
 * `kg view [graph.json]`: serves the Sigma.js viewer on 127.0.0.1. Two child processes of the
 * viewer package, found through its package exports: first its build script (Vite, only when
 * the build is missing or older than its sources), then its server, which never loads Vite.
 */
import { Command } from 'commander';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const viewer = (entry: 'build' | 'serve') => fileURLToPath(import.meta.resolve(`@kg/viewer/${entry}`));
export function viewCommand(): Command {
  return new Command('view')
    .description('Serve the network viewer on 127.0.0.1 and open the given graph (default: out/graph.json, the output of `kg build`).')
    .argument('[graph]', 'graph.json (contract) or a graphology JSON export', 'out/graph.json')
    .option('-p, --port <port>', 'port to listen on (127.0.0.1 only)', '5173')
    .option('--row-limit <rows>', 'most rows a Cypher box query returns', '5000')
    .option('--query-timeout <seconds>', 'Neo4j stops a Cypher box query after this long', '10')
    .action((graph: string, opts: { port: string; rowLimit: string; queryTimeout: string }) => {
      if (!existsSync(graph)) {
        console.error(`kg view: ${graph} does not exist; run \`pnpm kg build seeds\` first or name a graph file`);
        process.exit(1);
      }
      const built = spawnSync(process.execPath, ['--import', 'tsx', viewer('build')], { stdio: 'inherit' });
      if (built.status !== 0) process.exit(built.status ?? 1);
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', viewer('serve'), graph, '--port', opts.port, '--row-limit', opts.rowLimit, '--query-timeout', opts.queryTimeout],
        { stdio: 'inherit' },
      );
      const stop = () => child.kill('SIGTERM');
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
      child.on('exit', (code) => process.exit(code ?? 0));
    });
}
