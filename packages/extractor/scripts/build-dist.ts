/**
 * `pnpm --filter @kg/extractor build`: compiles src/ into dist/ for the worker threads (see
 * src/pool/build.ts). `kg extract` does the same by itself when dist/ is missing or stale.
 */
import { ensureBuilt, DIST_DIR } from '../src/pool/build.js';

const { built, ms } = await ensureBuilt();
process.stderr.write(`${DIST_DIR}: ${built ? `built in ${(ms / 1000).toFixed(1)} s` : 'up to date'}\n`);
