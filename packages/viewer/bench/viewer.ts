/**
 * `pnpm bench:viewer`: the viewer on a 10k-node / 50k-edge graph against a 1k / 5k baseline,
 * in the same run, in real headless Chromium (software WebGL: --disable-gpu).
 *
 * For each graph: generate it (syntheticGraph + the real model: metrics and ForceAtlas2
 * layout; cached under .bench/), serve it with the viewer's server, then measure
 *   - time to first render: navigation start → first frame sigma draws (fetch, parse, index, draw)
 *   - frames per second while panning: requestAnimationFrame callbacks counted during 4 s
 *     of scripted camera moves (arrow keys on the graph: 150 ms camera animations), and how
 *     many of those frames sigma redrew; then the same during a 4 s mouse drag (which adds
 *     sigma's GPU pixel read-back for hover picking on every mouse move)
 *   - filter latency: hiding one entity type → the next frame painted
 * and print them with the big/small ratio. Also prints the production bundle size.
 *
 * Options: --nodes N --edges M (big graph), --seconds S (pan duration).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { syntheticGraph, toGraphology } from '@kg/graph';
import { progress } from '@kg/extractor';
import { serve } from '../src/server/index.js';
import { DIST, ensureBuild } from '../src/server/build.js';
import { openPage, waitReady } from '../e2e/browser.js';

const { values } = parseArgs({ options: { nodes: { type: 'string', default: '10000' }, edges: { type: 'string', default: '50000' }, seconds: { type: 'string', default: '4' } } });
const BIG = { nodes: Number(values.nodes), edges: Number(values.edges) };
const BASE = { nodes: Math.round(BIG.nodes / 10), edges: Math.round(BIG.edges / 10) };
const PAN_MS = Number(values.seconds) * 1000;
const CACHE = fileURLToPath(new URL('../../../.bench/', import.meta.url));
const SEED = 7;

interface Figures { dragFps: number; frameMs: number; hidesOnMove: boolean; firstRenderMs: number; fps: number; redrawsPerSec: number; filterMs: number; visibleAfterFilter: number }

/** The graphology JSON of a synthetic graph, generated once and cached. */
function graphFile(size: { nodes: number; edges: number }): string {
  mkdirSync(CACHE, { recursive: true });
  const file = join(CACHE, `viewer-${size.nodes}x${size.edges}-s${SEED}.json`);
  if (existsSync(file)) return file;
  const p = progress('bench:viewer', 2, { unit: 'steps' });
  const contract = syntheticGraph(size.nodes, size.edges, SEED);
  p.tick(1, 'generated');
  writeFileSync(file, JSON.stringify(toGraphology(contract).export()));
  p.done(`${size.nodes} nodes / ${size.edges} edges laid out → ${file}`);
  return file;
}

async function measure(file: string): Promise<Figures> {
  const server = await serve({ graphFile: file, port: 0, log: () => {} });
  const s = await openPage({ width: 1280, height: 800 });
  try {
    await s.page.goto(server.url);
    await waitReady(s.page, 180_000);
    const firstRenderMs = await s.page.evaluate(() => (window as any).__kg.firstRenderMs as number);
    await s.page.waitForTimeout(500);
    const frame = await s.page.evaluate(() => ({ ms: (window as any).__kg.lastRenderMs as number, hides: (window as any).__kg.hidesOnMove() as boolean }));

    // Frames counted in the page by requestAnimationFrame, and sigma's redraws, during `act`.
    const counted = async (act: () => Promise<void>) => {
      // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
      await s.page.evaluate(`(() => {
        const w = window;
        w.__bench = { frames: 0, renders0: w.__kg.renders, on: true };
        const tick = () => { if (!w.__bench.on) return; w.__bench.frames++; requestAnimationFrame(tick); };
        requestAnimationFrame(tick);
      })()`);
      const t0 = Date.now();
      await act();
      const elapsed = Date.now() - t0;
      const { frames, renders } = await s.page.evaluate(`(() => { const w = window; w.__bench.on = false; return { frames: w.__bench.frames, renders: w.__kg.renders - w.__bench.renders0 }; })()`) as { frames: number; renders: number };
      await s.page.waitForTimeout(300);
      return { fps: (frames * 1000) / elapsed, redraws: (renders * 1000) / elapsed };
    };

    // Scripted camera moves: arrow keys on the graph (each a 150 ms camera animation), round and round.
    await s.page.locator('#graph').focus();
    const keys = ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'];
    const pan = await counted(async () => {
      const t0 = Date.now();
      for (let i = 0; Date.now() - t0 < PAN_MS; i++) {
        await s.page.keyboard.press(keys[Math.floor(i / 3) % 4]);
        await s.page.waitForTimeout(100);
      }
    });

    // A mouse drag around a circle: adds sigma's hover picking on every mouse move.
    const box = (await s.page.locator('#graph').boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const drag = await counted(async () => {
      await s.page.mouse.move(cx, cy);
      await s.page.mouse.down();
      const t0 = Date.now();
      for (let step = 0; Date.now() - t0 < PAN_MS; step++) {
        const a = (step / 40) * Math.PI * 2;
        await s.page.mouse.move(cx + Math.cos(a) * 200, cy + Math.sin(a) * 150);
      }
      await s.page.mouse.up();
    });

    // Filter latency: hide one entity type, wait for the next painted frame.
    const filter = await s.page.evaluate(`(async () => {
      const box = document.querySelector('input[name="hiddenKinds"]');
      const t = performance.now();
      box.click();
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return { ms: performance.now() - t, visible: window.__kg.visibleNodes().length };
    })()`) as { ms: number; visible: number };
    if (s.errors.length) throw new Error(`bench:viewer: console errors: ${s.errors.join('; ')}`);
    return { frameMs: frame.ms, hidesOnMove: frame.hides, firstRenderMs, fps: pan.fps, redrawsPerSec: pan.redraws, dragFps: drag.fps, filterMs: filter.ms, visibleAfterFilter: filter.visible };
  } finally {
    await s.close();
    await server.close();
  }
}

function bundleKiB(): number {
  const dir = join(DIST, 'assets');
  return readdirSync(dir).reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f))).length, 0) / 1024;
}

await ensureBuild((l) => console.error(l));
const files = [graphFile(BASE), graphFile(BIG)];
const base = await measure(files[0]);
const big = await measure(files[1]);
const row = (name: string, size: typeof BIG, f: Figures) =>
  `${name.padEnd(9)} ${`${size.nodes}/${size.edges}`.padEnd(12)} ${f.firstRenderMs.toFixed(0).padStart(8)} ms ${f.fps.toFixed(1).padStart(7)} fps ${f.redrawsPerSec.toFixed(1).padStart(8)} redraws/s ${f.dragFps.toFixed(1).padStart(6)} fps ${f.filterMs.toFixed(0).padStart(6)} ms ${f.frameMs.toFixed(0).padStart(6)} ms${f.hidesOnMove ? '  (edges hidden while moving)' : ''}`;
console.log(`viewer bench (headless Chromium, software WebGL, pan ${PAN_MS / 1000} s)`);
console.log(`${'graph'.padEnd(9)} ${'nodes/edges'.padEnd(12)} ${'first render'.padStart(11)} ${'pan fps'.padStart(11)} ${'pan redraws'.padStart(18)} ${'drag'.padStart(10)} ${'filter'.padStart(9)} ${'full frame'.padStart(9)}`);
console.log(row('baseline', BASE, base));
console.log(row('big', BIG, big));
console.log(`ratio big/baseline: first render ×${(big.firstRenderMs / base.firstRenderMs).toFixed(2)}, pan fps ×${(big.fps / base.fps).toFixed(2)}, drag fps ×${(big.dragFps / base.dragFps).toFixed(2)}, filter ×${(big.filterMs / base.filterMs).toFixed(2)} (for 10× the graph)`);
console.log(`throughput: ${(BIG.nodes / (big.firstRenderMs / 1000)).toFixed(0)} nodes/s to first render (baseline ${(BASE.nodes / (base.firstRenderMs / 1000)).toFixed(0)})`);
console.log(`bundle: ${bundleKiB().toFixed(1)} KiB gzipped (limit 1024 KiB)`);
