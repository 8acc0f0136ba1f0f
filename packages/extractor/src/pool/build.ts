/**
 * The compiled JavaScript that worker threads run. Workers used to start through tsx, which
 * transpiles every module again in every worker (1–4 s each); instead `src/` is transpiled
 * once with esbuild into `dist/`, file by file, and rebuilt only when a source file changed
 * (a hash of the sources is kept in `dist/.source-hash`). `dist/` sits beside `src/` at the
 * same depth, so the modules' `new URL('../../data/…', import.meta.url)` paths hold in both.
 *
 * The swap is atomic per directory: a build goes to a temporary sibling and is renamed into
 * place, so two `kg extract` runs building at once never see a half-written dist/.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = fileURLToPath(new URL('../../', import.meta.url));
export const SRC_DIR = join(PACKAGE, 'src');
export const DIST_DIR = join(PACKAGE, 'dist');
const HASH_FILE = '.source-hash';
// Part of the hash: a change of build options must rebuild too.
// Node 20 runs \p{…} regex literals; without saying so, esbuild rewrites each as new RegExp(…),
// which inside a function is compiled again on every call.
const BUILD_OPTIONS = {
  format: 'esm',
  platform: 'node',
  target: 'node20.10',
  supported: { 'regexp-unicode-property-escapes': true },
  bundle: false,
} as const;

/** The module files that make up the program (tests excluded), sorted for a stable hash. */
export function sourceFiles(dir = SRC_DIR): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...sourceFiles(p));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out.sort();
}

/** Hash of every source file's path and content, and of the build options. */
export function sourceHash(files = sourceFiles()): string {
  const h = createHash('sha256').update(JSON.stringify(BUILD_OPTIONS));
  for (const f of files) h.update(relative(SRC_DIR, f)).update('\0').update(readFileSync(f)).update('\0');
  return h.digest('hex');
}

const builtHash = (dir: string): string | null => {
  try {
    return readFileSync(join(dir, HASH_FILE), 'utf8');
  } catch {
    return null;
  }
};

/** True when dist/ holds the build of the current sources. */
export const isFresh = (hash = sourceHash()): boolean => builtHash(DIST_DIR) === hash;

/**
 * Builds dist/ if it is missing or stale; returns the URL of the compiled worker entry and
 * whether a build ran. Throws if esbuild fails (the pool then falls back to tsx).
 */
export async function ensureBuilt(): Promise<{ worker: URL; built: boolean; ms: number }> {
  const t0 = performance.now();
  const files = sourceFiles();
  const hash = sourceHash(files);
  const worker = new URL(`file://${join(DIST_DIR, 'pool', 'worker.js')}`);
  if (builtHash(DIST_DIR) === hash) return { worker, built: false, ms: performance.now() - t0 };
  const { build } = await import('esbuild');
  const tmp = join(PACKAGE, `.dist-tmp-${process.pid}-${Date.now()}`);
  try {
    await build({ ...BUILD_OPTIONS, entryPoints: files, outdir: tmp, outbase: SRC_DIR, logLevel: 'silent', sourcemap: false });
    writeFileSync(join(tmp, HASH_FILE), hash);
    swapInto(tmp, hash);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return { worker, built: true, ms: performance.now() - t0 };
}

/** Moves the finished build `tmp` to dist/, replacing an old one; a concurrent winner with the same hash is kept. */
function swapInto(tmp: string, hash: string): void {
  const old = join(dirname(DIST_DIR), `.dist-old-${process.pid}-${Date.now()}`);
  if (existsSync(DIST_DIR)) {
    try {
      renameSync(DIST_DIR, old);
    } catch {
      /* another run moved it first */
    }
  }
  try {
    renameSync(tmp, DIST_DIR);
  } catch (e) {
    // Another run put its dist/ in place between our two renames: fine if it is the same build.
    if (builtHash(DIST_DIR) !== hash) throw e;
  } finally {
    rmSync(old, { recursive: true, force: true });
  }
}
