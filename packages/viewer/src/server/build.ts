/**
 * Where the built viewer is, and whether it is older than its sources. The server only
 * reads the build: it never imports Vite (a development tool). `pnpm --filter @kg/viewer
 * build` or `kg view` (scripts/build.ts) builds it.
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

const SOURCES = ['src', 'index.html', 'vite.config.ts', 'public', 'package.json', '../graph/src/style.ts' /* imported as @kg/graph/style */].map((p) =>
  join(VIEWER_ROOT, p),
);

/** True when dist/index.html exists. */
export const isBuilt = (dist = DIST): boolean => existsSync(join(dist, 'index.html'));

/** True when dist/index.html is missing or older than the sources. */
export function buildIsStale(): boolean {
  return !isBuilt() || statSync(join(DIST, 'index.html')).mtimeMs < newestMtime(SOURCES);
}

export const BUILD_HINT = 'run `pnpm --filter @kg/viewer build` (or `pnpm kg view`, which builds it)';
