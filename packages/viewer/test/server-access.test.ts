/**
 * Who can reach the server and what it hands out, over real HTTP: it listens on 127.0.0.1
 * only; requests addressed to another name (DNS rebinding) are refused; Cypher posts from
 * other sites are refused; static files never come from outside the served folder,
 * whatever the encoding of the path, and symbolic links out of it are not followed.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect as tcpConnect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type RunningServer } from '../src/server/index.js';
import { resolveStatic } from '../src/server/static.js';
import { isAllowedHost } from '../src/server/host.js';
import { GRAPHOLOGY_FIXTURE } from './helpers.js';
import { postCypher, rawRequest } from './http.js';

const SECRET = 'kg-viewer-secret-outside-the-root';
let top: string;
let root: string;
let running: RunningServer;
let port: number;

beforeAll(async () => {
  // top/secret.txt and top/site/{index.html, assets/app.js, links out}: the server serves top/site.
  top = mkdtempSync(join(tmpdir(), 'kg-viewer-access-'));
  root = join(top, 'site');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(top, 'secret.txt'), SECRET);
  writeFileSync(join(root, 'index.html'), '<!doctype html><div id="graph"></div>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, '.env'), SECRET);
  symlinkSync(join(top, 'secret.txt'), join(root, 'link-out.txt'));
  symlinkSync(top, join(root, 'dir-out'));
  symlinkSync(join(root, 'assets', 'app.js'), join(root, 'link-in.js'));
  running = await serve({ graphFile: GRAPHOLOGY_FIXTURE, port: 0, staticDir: root, log: () => {} });
  port = Number(new URL(running.url).port);
});
afterAll(async () => {
  await running?.close();
  if (top) rmSync(top, { recursive: true, force: true });
});

describe('listening', () => {
  it('listens on 127.0.0.1 only', async () => {
    expect(running.server.address()).toMatchObject({ address: '127.0.0.1', family: 'IPv4' });
    expect(running.url).toBe(`http://127.0.0.1:${port}/`);
    // Any other address of this machine is refused at the socket.
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a && a.family === 'IPv4' && !a.internal)
      .map((a) => a!.address);
    for (const address of others) {
      const error = await new Promise<string>((ok) => {
        const s = tcpConnect({ host: address, port }, () => {
          s.destroy();
          ok('connected');
        });
        s.on('error', (e: NodeJS.ErrnoException) => ok(e.code ?? 'error'));
      });
      expect(error).toBe('ECONNREFUSED');
    }
  });
});

describe('Host header', () => {
  it.each(['localhost', '127.0.0.1', '[::1]'])('answers requests addressed to %s with the port', async (name) => {
    const res = await rawRequest(running.url, { path: '/api/info', host: `${name}:${port}` });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ cypher: true });
  });

  it.each([
    ['another name (DNS rebinding)', 'attacker.example'],
    ['another name with the port', 'attacker.example:PORT'],
    ['a local name on another port', 'localhost:1'],
    ['a local name without the port', 'localhost'],
    ['a look-alike', 'localhost.attacker.example:PORT'],
    ['a trailing dot', 'localhost.:PORT'],
  ])('refuses %s', async (_what, host) => {
    for (const path of ['/api/graph', '/', '/index.html', '/api/info']) {
      const res = await rawRequest(running.url, { path, host: host.replace('PORT', String(port)) });
      expect(res.status).toBe(403);
      expect(JSON.parse(res.body).error).toMatch(/^kg view: requests must be addressed to localhost/);
      expect(res.body).not.toContain('Sergei Lavrov');
    }
    const post = await rawRequest(running.url, {
      method: 'POST',
      path: '/api/cypher',
      host: host.replace('PORT', String(port)),
      headers: { 'content-type': 'application/json' },
      body: '{"query":"RETURN 1"}',
    });
    expect(post.status).toBe(403);
  });

  it('refuses a request without a Host header', async () => {
    const res = await rawRequest(running.url, { path: '/api/graph', host: null });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.body).not.toContain('Sergei Lavrov');
  });

  it('checks names and ports exactly', () => {
    expect(isAllowedHost('LOCALHOST:5173', 5173)).toBe(true);
    expect(isAllowedHost('127.0.0.1:51730', 5173)).toBe(false);
    expect(isAllowedHost('127.0.0.2:5173', 5173)).toBe(false);
    expect(isAllowedHost('localhost', 80)).toBe(true);
    expect(isAllowedHost(undefined, 80)).toBe(false);
  });
});

describe('Cypher from other sites', () => {
  // Refused before any query runs: the answer names the reason, not a Neo4j error.
  it.each([
    ['a form post (text/plain, no preflight)', { 'content-type': 'text/plain' }, /application\/json/],
    ['another origin', { origin: 'http://attacker.example' }, /requests from http:\/\/attacker\.example are refused/],
    ['a sandboxed page (origin null)', { origin: 'null' }, /requests from null are refused/],
    ['a browser that says cross-site', { 'sec-fetch-site': 'cross-site' }, /cross-site request refused/],
    ['the same host on another port', { origin: 'http://127.0.0.1:1' }, /are refused/],
  ])('refuses %s', async (_what, headers, message) => {
    const res = await postCypher(running.url, { query: 'RETURN 1' }, headers as Record<string, string>);
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body).error).toMatch(message);
  });
});

describe('static files', () => {
  it('serves the files of its folder', async () => {
    for (const path of ['/', '/index.html', '/assets/app.js', '/link-in.js', '/assets//app.js', '/%61ssets/app.js']) {
      const res = await rawRequest(running.url, { path });
      expect([path, res.status]).toEqual([path, 200]);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  const escapes = () => [
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/secret.txt',
    '/.%2e/secret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/assets%2f..%2f..%2fsecret.txt',
    '/%252e%252e/secret.txt',
    '/%252e%252e%252fsecret.txt',
    '/..%5csecret.txt',
    '/..\\secret.txt',
    '/assets\\..\\..\\secret.txt',
    `/${join(top, 'secret.txt')}`,
    `/${encodeURIComponent(join(top, 'secret.txt'))}`,
    `//${join(top, 'secret.txt').slice(1)}`,
    '/link-out.txt',
    '/dir-out/secret.txt',
    '/.env',
    '/%2eenv',
    '/index.html%00.js',
    '/%c0%ae%c0%ae/secret.txt',
    '/%',
  ];

  it('never serves a file from outside its folder, nor a hidden one', async () => {
    for (const path of escapes()) {
      const res = await rawRequest(running.url, { path });
      expect([path, res.status]).toEqual([path, 404]);
      expect(res.body).not.toContain(SECRET);
    }
  });

  it('resolves no escaping path to a file (the function behind the route)', () => {
    for (const path of escapes()) expect([path, resolveStatic(root, path)]).toEqual([path, undefined]);
    expect(resolveStatic(root, '/assets/app.js')).toBe(join(root, 'assets', 'app.js'));
    expect(resolveStatic(root, 'assets/app.js')).toBeUndefined(); // not a path from the root
  });

  it('refuses a request target that is not a path', async () => {
    const res = await rawRequest(running.url, { path: `http://127.0.0.1:${port}/index.html` });
    expect(res.status).toBe(400);
  });
});
