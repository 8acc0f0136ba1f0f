/**
 * Builds the browser bundle with Vite when packages/viewer/dist is missing or older than
 * any source it is made from; otherwise reuses it.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const VIEWER_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = join(VIEWER_ROOT, 'dist');

/** Newest modification time under the given files and folders (server code excluded). */
function newestMtime(paths: string[]): number {
  let newest = 0;
  const visit = (p: string): void => {
    if (!existsSync(p) || p.includes(`${join('src', 'server')}`)) return;
    const st = statSync(p);
    if (st.isDirectory()) for (const c of readdirSync(p)) visit(join(p, c));
    else newest = Math.max(newest, st.mtimeMs);
  };
  paths.forEach(visit);
  return newest;
}

const SOURCES = ['src', 'index.html', 'vite.config.ts', 'public', 'package.json', '../graph/src/style.ts'].map((p) => join(VIEWER_ROOT, p));

/** True when dist/index.html is missing or older than the sources. */
export function buildIsStale(): boolean {
  const built = join(DIST, 'index.html');
  return !existsSync(built) || statSync(built).mtimeMs < newestMtime(SOURCES);
}

/** Runs the Vite build if needed; returns whether it built. */
export async function ensureBuild(log: (line: string) => void = () => {}): Promise<boolean> {
  if (!buildIsStale()) return false;
  log('kg view: building the viewer with Vite …');
  const { build } = await import('vite');
  await build({ configFile: join(VIEWER_ROOT, 'vite.config.ts'), root: VIEWER_ROOT, logLevel: 'warn' });
  return true;
}
