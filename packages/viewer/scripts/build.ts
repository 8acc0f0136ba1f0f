/**
 * Builds the browser bundle with Vite into packages/viewer/dist when it is missing or older
 * than its sources (`--force`: always). A development tool: the server never imports Vite,
 * `kg view` runs this script in a child process before starting the server, and the
 * tests and benches call `ensureBuild` first.
 *   tsx packages/viewer/scripts/build.ts [--force]
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIsStale, VIEWER_ROOT } from '../src/server/build.js';

/** Runs the Vite build if needed (or forced); returns whether it built. */
export async function ensureBuild(log: (line: string) => void = () => {}, force = false): Promise<boolean> {
  if (!force && !buildIsStale()) return false;
  log('kg view: building the viewer with Vite …');
  const { build } = await import('vite');
  await build({ configFile: join(VIEWER_ROOT, 'vite.config.ts'), root: VIEWER_ROOT, logLevel: 'warn' });
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await ensureBuild((l) => console.error(l), process.argv.includes('--force'));
}
