/**
 * `kg build --no-load` as the real program (needs no Neo4j): a reader that stops early, as
 * `kg build … | head -1` does, must not cut the job short.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';

const ROOT = new URL('../../../', import.meta.url).pathname;
const ENTRY = new URL('../src/main.ts', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'kg-build-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kg build with its stdout closed by the reader', () => {
  it('finishes the job (every file written), exit 0, no stack trace', async () => {
    const out = join(dir, 'out');
    const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, 'build', '--no-load', '--quiet', '--out', out, 'seeds'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Closed before the first line: every line the program prints meets a closed pipe (EPIPE).
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (c) => {
      stderr += c;
    });
    const code = await new Promise<number | null>((done) => child.on('exit', done));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    for (const f of ['graph.json', 'graph.gexf', 'graph.graphml', 'graph.cypher', 'graph.graphology.json', 'neo4j-import'])
      expect(existsSync(join(out, f))).toBe(true);
  }, 120_000);
});
