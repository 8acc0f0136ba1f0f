/**
 * Lexicons and data tables are read once per thread, never per document: a fresh Node process
 * (the compiled dist/, as a worker runs it) counts the data files it reads while extracting a
 * first document of each language (some lexicons load on first use), then more of each; the
 * later ones must read none.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { DIST_DIR, ensureBuilt } from '../../src/pool/build.js';

const SEEDS = new URL('../../../../seeds/', import.meta.url).pathname;
const EN = new URL('../fixtures/en/', import.meta.url).pathname;

const SCRIPT = `
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const reads = [];
for (const name of ['readFileSync', 'openSync']) {
  const original = fs[name];
  fs[name] = function (path, ...rest) { if (String(path).includes('/data/')) reads.push(String(path)); return original.call(this, path, ...rest); };
}
syncBuiltinESMExports();
const { extractFile } = await import(process.argv[1]);
const [viFirst, enFirst, ...later] = process.argv.slice(2);
await extractFile(viFirst);
await extractFile(enFirst);
const atFirst = reads.length;
for (const f of later) { const r = await extractFile(f); if (!r.ok) throw new Error(r.reason); }
console.log(JSON.stringify({ atFirst, later: reads.slice(atFirst) }));
`;

describe('lexicons', () => {
  it('are read for the first document of each language, and never again for the next ones', async () => {
    await ensureBuilt();
    const files = [join(SEEDS, '000_a4d32bf12a255a0f.txt'), join(SEEDS, '003_7159ef61d58be689.txt'), join(SEEDS, '004_ebdb437c413fb02c.txt')];
    const en = (await import('node:fs'))
      .readdirSync(EN)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .slice(0, 3)
      .map((f) => join(EN, f));
    const r = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', SCRIPT, join(DIST_DIR, 'pool', 'task.js'), files[0], en[0], files[1], en[1], files[2], en[2]],
      { encoding: 'utf8' },
    );
    expect(r.stderr).toBe('');
    const { atFirst, later } = JSON.parse(r.stdout) as { atFirst: number; later: string[] };
    expect(atFirst).toBeGreaterThan(10); // the counter sees the lexicons being read
    expect(later).toEqual([]);
  });
});
