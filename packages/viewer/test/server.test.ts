/**
 * The local server over real HTTP: both input shapes, articles, errors named by file and
 * field. Access rules: server-access.test.ts; Cypher: server-cypher.test.ts.
 */
import { describe, it, expect, afterEach, beforeAll } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type RunningServer } from '../src/server/index.js';
import { ensureBuild } from '../scripts/build.js';
import { CONTRACT_FIXTURE, GRAPHOLOGY_FIXTURE } from './helpers.js';

beforeAll(() => ensureBuild());

let running: RunningServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});
const start = async (graphFile: string) => (running = await serve({ graphFile, port: 0, log: () => {} }));
const get = (path: string) => fetch(new URL(path, running!.url));

describe('serve', () => {
  it.each([
    ['a contract graph.json', CONTRACT_FIXTURE],
    ['a graphology JSON export', GRAPHOLOGY_FIXTURE],
  ])('serves %s as graphology JSON', async (_n, file) => {
    await start(file);
    const g = await (await get('api/graph')).json();
    expect(g.nodes.map((n: { key: string }) => n.key).sort()).toEqual([
      'hillary-clinton',
      'jens-stoltenberg',
      'libya',
      'nato',
      'russia',
      'sergei-lavrov',
      'united-kingdom',
    ]);
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

  it('answers 404 with a named error for a missing article, API or file', async () => {
    await start(GRAPHOLOGY_FIXTURE);
    expect(await (await get('api/articles/nope')).json()).toEqual({ error: 'kg view: no text for article "nope"' });
    expect((await get('api/nothing')).status).toBe(404);
    expect((await get('nothing.js')).status).toBe(404);
    expect((await get('api/articles/%E0%A4%A')).status).toBe(400);
  });

  it('refuses to start without a build, saying how to make one', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'kg-viewer-nobuild-'));
    await expect(serve({ graphFile: GRAPHOLOGY_FIXTURE, port: 0, staticDir: empty, log: () => {} })).rejects.toThrow(
      /^kg view: the viewer is not built .*pnpm --filter @kg\/viewer build/,
    );
  });

  it('rejects a Cypher request that is not {query}', async () => {
    await start(GRAPHOLOGY_FIXTURE);
    const post = (body: string) => fetch(new URL('api/cypher', running!.url), { method: 'POST', body, headers: { 'content-type': 'application/json' } });
    const bad = await post('not json');
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatch(/^kg view: the request body is not JSON/);
    expect((await (await post('{"query": ""}')).json()).error).toBe('kg view: "query" must be a non-empty Cypher string');
    expect((await get('api/cypher')).status).toBe(405);
    expect((await post('{"query": "RETURN 1", "params": [1]}')).status).toBe(400);
  });

  it('names the file and the field of a bad input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-viewer-bad-'));
    const notJson = join(dir, 'broken.json');
    writeFileSync(notJson, '{ "nodes": [');
    await expect(serve({ graphFile: notJson, port: 0, log: () => {} })).rejects.toThrow(new RegExp(`^kg view: ${notJson}: `));
    const badContract = join(dir, 'bad-contract.json');
    writeFileSync(
      badContract,
      JSON.stringify({ version: 1, documents: [], entities: [{ id: 'x', name: 'X', type: 'Planet', aliases: [], mentions: [] }], relations: [] }),
    );
    await expect(serve({ graphFile: badContract, port: 0, log: () => {} })).rejects.toThrow(/bad-contract\.json is not a valid graph\.json: entities\.0\.type/);
    const other = join(dir, 'other.json');
    writeFileSync(other, '{"hello": 1}');
    await expect(serve({ graphFile: other, port: 0, log: () => {} })).rejects.toThrow(/other\.json is neither a graph\.json .* nor a graphology JSON export/);
  });
});
