/**
 * `kg view [graph.json]`: serves the Sigma.js viewer. The viewer package sits above this
 * one (it uses the graph package for its Cypher API), so the server runs as a child
 * process instead of being imported here.
 */
import { Command } from 'commander';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const serverMain = fileURLToPath(new URL('../../../viewer/src/server/main.ts', import.meta.url));

export function viewCommand(): Command {
  return new Command('view')
    .description('Serve the network viewer on localhost and open the given graph (default: out/graph.json, the output of `kg build`).')
    .argument('[graph]', 'graph.json (contract) or a graphology JSON export', 'out/graph.json')
    .option('-p, --port <port>', 'port to listen on', '5173')
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .action((graph: string, opts: { port: string; host: string }) => {
      if (!existsSync(graph)) {
        console.error(`kg view: ${graph} does not exist; run \`pnpm kg build seeds\` first or name a graph file`);
        process.exit(1);
      }
      const child = spawn(process.execPath, ['--import', 'tsx', serverMain, graph, '--port', opts.port, '--host', opts.host], { stdio: 'inherit' });
      const stop = () => child.kill('SIGTERM');
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
      child.on('exit', (code) => process.exit(code ?? 0));
    });
}
