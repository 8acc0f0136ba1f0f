/** The compiled worker build: rebuilt exactly when a source's content changes, and runnable as plain Node. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { DIST_DIR, ensureBuilt, isFresh, sourceFiles, sourceHash } from '../../src/pool/build.js';

describe('dist/ build for the workers', () => {
  it('is fresh after ensureBuilt, and its modules load in plain Node (no tsx)', async () => {
    await ensureBuilt();
    expect(isFresh()).toBe(true);
    expect((await ensureBuilt()).built).toBe(false);
    expect(readFileSync(join(DIST_DIR, '.source-hash'), 'utf8')).toBe(sourceHash());
    // The worker's whole module graph (plugins, lexicons, JSON imports) loads without a loader.
    const r = spawnSync(
      process.execPath,
      ['-e', `import(${JSON.stringify(join(DIST_DIR, 'pool', 'task.js'))}).then((m) => m.extractFile('/nowhere.txt')).then((r) => console.log(r.reason))`],
      { encoding: 'utf8' },
    );
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('no such file or directory');
  });

  it('hashes content, not timestamps, and leaves tests out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-build-'));
    try {
      writeFileSync(join(dir, 'a.ts'), 'export const a = 1;\n');
      writeFileSync(join(dir, 'a.test.ts'), 'test\n');
      const files = sourceFiles(dir);
      expect(files).toEqual([join(dir, 'a.ts')]);
      const before = sourceHash(files);
      utimesSync(join(dir, 'a.ts'), new Date(2001, 1, 1), new Date(2001, 1, 1));
      expect(sourceHash(files)).toBe(before);
      writeFileSync(join(dir, 'a.ts'), 'export const a = 2;\n');
      expect(sourceHash(files)).not.toBe(before);
      expect(sourceFiles().some((f) => f.endsWith('.test.ts'))).toBe(false);
      expect(existsSync(join(DIST_DIR, 'corpus.test.js'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
