/** The local server over real HTTP: both input shapes, articles, errors named by file and field. */
import { describe, it, expect, afterEach } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { serve, type RunningServer } from '../src/server/index.js';
import { CONTRACT_FIXTURE, GRAPHOLOGY_FIXTURE } from './helpers.js';

let running: RunningServer | undefined;
afterEach(async () => { await running?.close(); running = undefined; });
const start = async (graphFile: string) => (running = await serve({ graphFile, port: 0, log: () => {} }));
const get = (path: string) => fetch(new URL(path, running!.url));

describe('serve', () => {
  it.each([['a contract graph.json', CONTRACT_FIXTURE], ['a graphology JSON export', GRAPHOLOGY_FIXTURE]])('serves %s as graphology JSON', async (_n, file) => {
    await start(file);
    const g = await (await get('api/graph')).json();
    expect(g.nodes.map((n: { key: string }) => n.key).sort()).toEqual(['hillary-clinton', 'jens-stoltenberg', 'libya', 'nato', 'russia', 'sergei-lavrov', 'united-kingdom']);
    const lavrov = g.nodes.find((n: { key: string }) => n.key === 'sergei-lavrov').attributes;
    expect(lavrov).toMatchObject({ label: 'Sergei Lavrov', kind: 'Person' });
    expect(typeof lavrov.x).toBe('number');
    expect(lavrov.pagerank).toBeGreaterThan(0);
    // Article texts are served one by one, not inside the graph.
    expect(g.attributes.documents.map((d: { id: string }) => d.id)).toEqual(['doc-a', 'doc-b']);
    expect(g.attributes.documents.every((d: object) => !('text' in d))).toBe(true);
    const article = await get('api/articles/doc-b');
    expect(article.headers.get('content-type')).toContain('text/plain');
    expect(await article.text()).toBe('NATO Secretary General Jens Stoltenberg criticized Russia. Britain imposed sanctions on Russia.');
  });

  it('serves the built viewer', async () => {
    await start(GRAPHOLOGY_FIXTURE);
    const html = await (await get('/')).text();
    expect(html).toContain('id="graph"');
    const js = html.match(/src="\.\/(assets\/[^"]+\.js)"/)![1];
    const res = await get(js);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('javascript');
  });

  it('answers 404 with a named error for a missing article, API or file, and refuses paths out of dist', async () => {
    await start(GRAPHOLOGY_FIXTURE);
    expect(await (await get('api/articles/nope')).json()).toEqual({ error: 'kg view: no text for article "nope"' });
    expect((await get('api/nothing')).status).toBe(404);
    // A raw request path (fetch would normalise the dots away before sending).
    const raw = (path: string) => new Promise<number>((ok, fail) => {
      const u = new URL(running!.url);
      request({ host: u.hostname, port: u.port, path }, (res) => { res.resume(); ok(res.statusCode ?? 0); }).on('error', fail).end();
    });
    expect(await raw('/../package.json')).toBe(404);
    expect(await raw('/assets/../../package.json')).toBe(404);
    expect(await raw('/index.html')).toBe(200);
  });

  it('rejects a Cypher request that is not {query}', async () => {
    await start(GRAPHOLOGY_FIXTURE);
    const post = (body: string) => fetch(new URL('api/cypher', running!.url), { method: 'POST', body, headers: { 'content-type': 'application/json' } });
    const bad = await post('not json');
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatch(/^kg view: the request body is not JSON/);
    expect((await (await post('{"query": ""}')).json()).error).toBe('kg view: "query" must be a non-empty Cypher string');
    expect((await get('api/cypher')).status).toBe(405);
  });

  it('names the file and the field of a bad input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-viewer-bad-'));
    const notJson = join(dir, 'broken.json');
    writeFileSync(notJson, '{ "nodes": [');
    await expect(serve({ graphFile: notJson, port: 0, log: () => {} })).rejects.toThrow(new RegExp(`^kg view: ${notJson}: `));
    const badContract = join(dir, 'bad-contract.json');
    writeFileSync(badContract, JSON.stringify({ version: 1, documents: [], entities: [{ id: 'x', name: 'X', type: 'Planet', aliases: [], mentions: [] }], relations: [] }));
    await expect(serve({ graphFile: badContract, port: 0, log: () => {} })).rejects.toThrow(/bad-contract\.json is not a valid graph\.json: entities\.0\.type/);
    const other = join(dir, 'other.json');
    writeFileSync(other, '{"hello": 1}');
    await expect(serve({ graphFile: other, port: 0, log: () => {} })).rejects.toThrow(/other\.json is neither a graph\.json .* nor a graphology JSON export/);
  });
});
