/**
 * The production build on its own: under 1 MB gzipped, with relative asset paths, and
 * working from a plain static web server with `graph.json` next to index.html or `?graph=url`.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { DIST } from '../src/server/build.js';
import { ensureBuild } from '../scripts/build.js';
import { openPage, waitReady, type Session } from './browser.js';

const FIXTURE = fileURLToPath(new URL('../test/fixtures/graph.graphology.json', import.meta.url));
const GZIP_LIMIT = 1024 * 1024;

let root: string;
let server: Server;
let url: string;
let s: Session;

beforeAll(async () => {
  await ensureBuild();
  root = mkdtempSync(join(tmpdir(), 'kg-viewer-static-'));
  cpSync(DIST, root, { recursive: true });
  writeFileSync(join(root, 'graph.json'), readFileSync(FIXTURE));
  writeFileSync(join(root, 'other.json'), readFileSync(FIXTURE));
  // A plain static server: no /api at all.
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    try {
      const body = readFileSync(join(root, path === '/' ? 'index.html' : path.slice(1)));
      const type = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' }[extname(path) || '.html'];
      res.writeHead(200, { 'content-type': type ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  s = await openPage();
});
afterAll(async () => {
  await s?.close();
  await new Promise((ok) => server?.close(ok));
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('production build', () => {
  it(`is under ${GZIP_LIMIT / 1024} KiB gzipped`, () => {
    const assets = readdirSync(join(DIST, 'assets'));
    const gz = assets.reduce((sum, f) => sum + gzipSync(readFileSync(join(DIST, 'assets', f))).length, 0);
    console.log(`viewer bundle: ${assets.length} assets, ${(gz / 1024).toFixed(1)} KiB gzipped`);
    expect(assets.some((f) => f.endsWith('.js'))).toBe(true);
    expect(gz).toBeLessThan(GZIP_LIMIT);
  });

  it('refers to its assets by relative paths', () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    expect(html).toMatch(/src="\.\/assets\/[^"]+\.js"/);
    expect(html).not.toMatch(/(src|href)="\/assets/);
  });

  it('loads graph.json next to index.html and shows articles from the embedded texts', async () => {
    await s.page.goto(url);
    await waitReady(s.page);
    expect(await s.page.evaluate(() => (window as any).__kg.size())).toEqual({ nodes: 7, edges: 6 });
    await s.page.goto(`${url}#sel=sergei-lavrov`);
    await s.page.reload();
    await waitReady(s.page);
    await s.page.locator('#panel .articles button').first().click();
    await s.page.locator('#article[open] mark').first().waitFor();
    expect(await s.page.locator('#article mark').allTextContents()).toEqual(['Sergei Lavrov']);
    // No server: the Cypher box says so instead of failing.
    expect(await s.page.locator('#cypher-input').count()).toBe(0);
    // The one expected failure: looking for the local server's graph (api/graph/view) on a static host.
    expect(s.errors.filter((e) => !/status of 404.*\/api\/graph\/view\)$/.test(e))).toEqual([]);
  });

  it('loads the graph named by ?graph=', async () => {
    await s.page.goto(`${url}?graph=other.json`);
    await waitReady(s.page);
    expect(await s.page.evaluate(() => (window as any).__kg.size())).toEqual({ nodes: 7, edges: 6 });
  });
});
