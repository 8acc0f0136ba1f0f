/**
 * CLI entry of the viewer server: `tsx packages/viewer/src/server/main.ts [graph.json] [--port N] [--host H]`.
 * `kg view` spawns this file.
 */
import { parseArgs } from 'node:util';
import { serve } from './index.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { port: { type: 'string', short: 'p', default: '5173' }, host: { type: 'string', default: '127.0.0.1' } },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`kg view: --port must be a port number, not "${values.port}"`);
  process.exit(2);
}
try {
  const running = await serve({ graphFile: positionals[0] ?? 'out/graph.json', port, host: values.host });
  const stop = () => { running.close().finally(() => process.exit(0)); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
