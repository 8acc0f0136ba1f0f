/**
 * CLI entry of the viewer server:
 *   tsx packages/viewer/src/server/main.ts [graph.json] [--port N] [--row-limit N] [--query-timeout SECONDS]
 * It listens on 127.0.0.1 only. `kg view` builds the viewer if needed, then spawns this file.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_LIMITS, serve } from './index.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: 'string', short: 'p', default: '5173' },
    'row-limit': { type: 'string', default: String(DEFAULT_LIMITS.rowLimit) },
    'query-timeout': { type: 'string', default: String(DEFAULT_LIMITS.timeoutMs / 1000) },
  },
});

/** A whole number within bounds, or exit with a message naming the option. */
function whole(name: string, value: string | undefined, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    console.error(`kg view: --${name} must be a whole number from ${min} to ${max}, not "${value}"`);
    process.exit(2);
  }
  return n;
}

const port = whole('port', values.port, 0, 65535);
const rowLimit = whole('row-limit', values['row-limit'], 1, 1_000_000);
const timeout = Number(values['query-timeout']);
if (!(timeout > 0 && timeout <= 3600)) {
  console.error(`kg view: --query-timeout must be a number of seconds above 0 and at most 3600, not "${values['query-timeout']}"`);
  process.exit(2);
}
try {
  const running = await serve({ graphFile: positionals[0] ?? 'out/graph.json', port, rowLimit, queryTimeoutMs: Math.round(timeout * 1000) });
  const stop = () => {
    running.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
