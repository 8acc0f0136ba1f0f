/**
 * The server as `kg view` runs it (src/server/main.ts in its own Node process) never loads
 * Vite, even when the build is older than its sources: a resolve hook makes any import of
 * Vite fail, and the server must still start and serve the page.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST } from '../src/server/build.js';
import { ensureBuild } from '../scripts/build.js';
import { GRAPHOLOGY_FIXTURE } from './helpers.js';

const MAIN = fileURLToPath(new URL('../src/server/main.ts', import.meta.url));
const NO_VITE = fileURLToPath(new URL('./fixtures/no-vite/register.mjs', import.meta.url));
const INDEX = join(DIST, 'index.html');

let child: ChildProcess | undefined;
let mtime: Date;

beforeAll(async () => {
  await ensureBuild();
  mtime = statSync(INDEX).mtime;
  // Make the build look stale: the old server rebuilt it with Vite at this point.
  utimesSync(INDEX, new Date(0), new Date(0));
});
afterAll(() => {
  child?.kill('SIGTERM');
  utimesSync(INDEX, mtime, mtime);
});

describe('server process', () => {
  it('starts and serves without importing Vite, warning that the build is stale', async () => {
    child = spawn(process.execPath, ['--import', 'tsx', '--import', NO_VITE, MAIN, GRAPHOLOGY_FIXTURE, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr!.on('data', (c) => {
      err += c;
    });
    const url = await new Promise<string>((ok, fail) => {
      child!.stdout!.on('data', (c) => {
        out += c;
        const m = out.match(/on (http:\/\/127\.0\.0\.1:\d+\/)/);
        if (m) ok(m[1]);
      });
      child!.on('exit', (code) => fail(new Error(`server exited with ${code}: ${err}`)));
    });
    expect(out).toContain('the viewer build is older than its sources');
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('id="graph"');
    expect(err).not.toMatch(/vite/i);
  });
});
