/**
 * A graph big enough for the big-graph settings (renderer.ts BIG_GRAPH: 2,500 nodes, 10,000
 * edges, a grid with fixed positions) in real headless Chromium: the details arrive after
 * the first frame and the panels use them; while the view moves, edges are hidden (with
 * their layer) until the view has rested; once it has, hovering a node works again (the
 * picking pass skipped while moving is drawn again).
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningServer } from '../src/server/index.js';
import { openPage, waitReady, type Session } from './browser.js';
import { startServer } from './server.js';

const SIDE = 50; // 50 × 50 nodes
/** REST_MS of src/views/motion.ts (which cannot load outside a browser: sigma needs WebGL). */
const REST_MS = 200;
const KINDS = ['Person', 'Country', 'Organization'];

function gridGraph() {
  const key = (i: number, j: number) => `n${i}-${j}`;
  const nodes = [];
  const edges = [];
  for (let i = 0; i < SIDE; i++)
    for (let j = 0; j < SIDE; j++) {
      nodes.push({
        key: key(i, j),
        attributes: { label: `Node ${i}-${j}`, kind: KINDS[(i + j) % 3], x: i * 10, y: j * 10, pagerank: 1 + ((i * j) % 7), degree: 4 },
      });
      // Four edges a node: right, down, and two diagonals (10,000 in all but the borders).
      const next = [
        [i + 1, j],
        [i, j + 1],
        [i + 1, j + 1],
        [i + 1, j - 1],
      ].filter(([a, b]) => a < SIDE && b >= 0 && b < SIDE);
      for (const [a, b] of next)
        edges.push({
          key: `${key(i, j)}>${key(a, b)}`,
          source: key(i, j),
          target: key(a, b),
          attributes: {
            predicate: 'MEET',
            quadClass: 'verbal-cooperation',
            weight: 1,
            evidence: [{ doc: 'd1', sentence: `${i}-${j} met ${a}-${b}.`, start: 0, end: 10 }],
          },
        });
    }
  return {
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    attributes: { documents: [{ id: 'd1', title: 'Grid', lang: 'en', published: null }] },
    nodes,
    edges,
  };
}

let server: RunningServer;
let s: Session;

beforeAll(async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'kg-viewer-big-')), 'grid.json');
  writeFileSync(file, JSON.stringify(gridGraph()));
  server = await startServer(file);
  s = await openPage({ width: 1280, height: 800 });
  await s.page.goto(server.url);
  await waitReady(s.page, 120_000);
});
afterAll(async () => {
  await s?.close();
  await server?.close();
});

const kg = <T>(expr: string) => s.page.evaluate(`window.__kg.${expr}`) as Promise<T>;

describe('big graph', () => {
  it('draws first, then has the details for the panels', async () => {
    expect(await kg('size()')).toEqual({ nodes: SIDE * SIDE, edges: expect.any(Number) });
    expect((await kg<{ edges: number }>('size()')).edges).toBeGreaterThan(9_500);
    expect(await kg('hidesOnMove()')).toBe(true);
    const t = await s.page.evaluate(() => ({ first: (window as any).__kg.firstRenderMs, ready: (window as any).__kg.interactiveMs }));
    expect(t.first).toBeLessThanOrEqual(t.ready);
    await s.page.fill('#search-input', 'Node 7-9');
    await s.page.keyboard.press('Enter');
    await s.page.waitForFunction(() => (window as any).__kg.selected() === 'n7-9');
    expect(await s.page.locator('#panel h2').textContent()).toBe('Node 7-9');
    expect(await s.page.locator('#panel').textContent()).toContain('Country'); // kind: a detail
    expect(await s.page.locator('#panel section[data-predicate="MEET"] button[data-node]').count()).toBe(8);
    await s.page.keyboard.press('Escape');
    await s.page.locator('#graph').focus();
    await s.page.keyboard.press('Escape');
    await s.page.waitForFunction(() => (window as any).__kg.selected() === undefined);
  });

  it('hides the edge layer while the view moves, and shows it again once the view has rested', async () => {
    await s.page.locator('#graph').focus();
    const renders0 = await kg<number>('renders');
    await s.page.keyboard.press('ArrowRight');
    await s.page.waitForFunction(() => document.getElementById('graph')!.classList.contains('kg-moving-edges'));
    expect(await s.page.evaluate(() => getComputedStyle(document.querySelector('#graph canvas.sigma-edges')!).visibility)).toBe('hidden');
    const moved = Date.now();
    await s.page.waitForFunction(() => !document.getElementById('graph')!.classList.contains('kg-moving-edges'), undefined, { timeout: 10_000 });
    // The camera animation lasts 150 ms; the edges come back only after the rest on top of it.
    expect(Date.now() - moved).toBeGreaterThanOrEqual(REST_MS);
    await s.page.waitForFunction((r0) => (window as any).__kg.renders > r0 + 1, renders0);
    expect(await s.page.evaluate(() => getComputedStyle(document.querySelector('#graph canvas.sigma-edges')!).visibility)).toBe('visible');
  });

  it('hovers a node once the view has rested (picking drawn again)', async () => {
    // Zoom in so that nodes are big enough to point at, then let the view rest.
    await s.page.locator('#graph').focus();
    for (let i = 0; i < 3; i++) await s.page.keyboard.press('+');
    await s.page.waitForFunction(() => !document.getElementById('graph')!.classList.contains('kg-moving-edges'), undefined, { timeout: 10_000 });
    await s.page.waitForTimeout(REST_MS * 2);
    const box = (await s.page.locator('#graph').boundingBox())!;
    const target = await s.page.evaluate(
      ({ w, h }) => {
        const k = (window as any).__kg;
        return k
          .visibleNodes()
          .map((n: { id: string }) => ({ id: n.id, p: k.nodeViewport(n.id) }))
          .filter((n: any) => n.p && n.p.x > 50 && n.p.y > 50 && n.p.x < w - 50 && n.p.y < h - 50)
          .sort((a: any, b: any) => Math.hypot(a.p.x - w / 2, a.p.y - h / 2) - Math.hypot(b.p.x - w / 2, b.p.y - h / 2))[0];
      },
      { w: box.width, h: box.height },
    );
    await s.page.mouse.move(box.x + target.p.x, box.y + target.p.y);
    // Hovering shows only the hovered node's edges.
    await s.page.waitForFunction(
      (id) => {
        const edges = (window as any).__kg.visibleEdges();
        return edges.length > 0 && edges.length <= 8 && edges.every((e: any) => e.source === id || e.target === id);
      },
      target.id,
      { timeout: 15_000 },
    );
    expect(s.errors).toEqual([]);
  });
});
