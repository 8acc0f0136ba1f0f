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
 *   - full redraw: a window resize (sigma refreshes and draws nodes, edges and labels) → the
 *     next frame painted, mean of 5; unlike sigma's own beforeRender → afterRender time this
 *     includes the software GL work, which runs after the JavaScript has returned
 *   - hover: the mouse onto a node → the frame with its neighbourhood emphasised painted
 *   - CPU time (bench/cpu.ts: all Chromium processes, plus the server) up to the first frame
 *     on screen and up to `ready`, and
 *     per frame while panning: on a machine shared with other jobs, wall-clock figures
 *     stretch with the load, CPU time hardly does
 * and print them with the big/small ratio, and the load average before and after. Also
 * prints the production bundle size. `ready` is when every panel is built (builds before
 * the panels were deferred past the first frame: the first frame).
 *
 * Frame counting: a requestAnimationFrame loop in the page; a painted frame is awaited as two
 * rAF callbacks (the second runs once the first frame has been produced).
 *
 * Options: --nodes N --edges M (big graph), --seconds S (pan duration), --against DIR (also
 * measure the big graph with another build of the viewer, e.g. the last commit's dist/, in
 * the same run: both builds are then served by the same small proxy, alternately twice).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg } from 'node:os';
import { syntheticGraph, toGraphology } from '@kg/graph';
import { progress } from '@kg/extractor';
import { serve } from '../src/server/index.js';
import { serveStatic } from '../src/server/static.js';
import { DIST } from '../src/server/build.js';
import { ensureBuild } from '../scripts/build.js';
import { openPage, waitReady } from '../e2e/browser.js';
import { chromiumCpuMs, ownCpuMs } from './cpu.js';

const { values } = parseArgs({
  options: {
    nodes: { type: 'string', default: '10000' },
    edges: { type: 'string', default: '50000' },
    seconds: { type: 'string', default: '4' },
    against: { type: 'string' },
  },
});
const BIG = { nodes: Number(values.nodes), edges: Number(values.edges) };
const BASE = { nodes: Math.round(BIG.nodes / 10), edges: Math.round(BIG.edges / 10) };
const PAN_MS = Number(values.seconds) * 1000;
const CACHE = fileURLToPath(new URL('../../../.bench/', import.meta.url));
const SEED = 7;

interface Figures {
  readyMs: number;
  readyCpuMs: number;
  firstCpuMs: number;
  panCpuPerFrame: number;
  dragFps: number;
  frameMs: number;
  redrawMs: number;
  hoverMs: number;
  hidesOnMove: boolean;
  firstRenderMs: number;
  fps: number;
  redrawsPerSec: number;
  filterMs: number;
  visibleAfterFilter: number;
}

/** Serves the build in `root`, passing /api/* on to a viewer server (for --against). */
async function proxy(root: string, api: string): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path.startsWith('/api/')) {
      void fetch(new URL(path, api)).then(async (r) => {
        res.writeHead(r.status, { 'content-type': r.headers.get('content-type') ?? 'application/octet-stream' });
        res.end(Buffer.from(await r.arrayBuffer()));
      });
      return;
    }
    if (!serveStatic(root, path, res)) {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

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

async function measure(file: string, build?: string): Promise<Figures> {
  const server = await serve({ graphFile: file, port: 0, log: () => {} });
  const front = build ? await proxy(build, server.url) : undefined;
  const s = await openPage({ width: 1280, height: 800 });
  try {
    const cpu0 = chromiumCpuMs(s.userDataDir) + ownCpuMs();
    await s.page.goto(front?.url ?? server.url, { waitUntil: 'commit' });
    // CPU up to the first frame on screen: polled at each animation frame, read at once.
    await s.page.waitForFunction(() => (window as any).__kg?.firstRenderMs !== undefined, undefined, { polling: 'raf', timeout: 180_000 });
    const firstCpuMs = chromiumCpuMs(s.userDataDir) + ownCpuMs() - cpu0;
    await waitReady(s.page, 180_000);
    // CPU of Chromium (all its processes) and of this process (the server) up to `ready`.
    const readyCpuMs = chromiumCpuMs(s.userDataDir) + ownCpuMs() - cpu0;
    const firstRenderMs = await s.page.evaluate(() => (window as any).__kg.firstRenderMs as number);
    // Builds before the panels were deferred had no interactiveMs: ready was the first frame.
    const readyMs = await s.page.evaluate(() => ((window as any).__kg.interactiveMs ?? (window as any).__kg.firstRenderMs) as number);
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
      const c0 = chromiumCpuMs(s.userDataDir);
      const t0 = Date.now();
      await act();
      const elapsed = Date.now() - t0;
      const { frames, renders } = (await s.page.evaluate(
        `(() => { const w = window; w.__bench.on = false; return { frames: w.__bench.frames, renders: w.__kg.renders - w.__bench.renders0 }; })()`,
      )) as { frames: number; renders: number };
      const cpuPerFrame = (chromiumCpuMs(s.userDataDir) - c0) / Math.max(1, frames);
      await s.page.waitForTimeout(300);
      return { fps: (frames * 1000) / elapsed, redraws: (renders * 1000) / elapsed, cpuPerFrame };
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

    // Full redraws: a window resize makes sigma refresh (reducers, buffers) and draw everything.
    await s.page.mouse.move(box.x + 2, box.y + 2);
    await s.page.waitForTimeout(300);
    const redrawMs = (await s.page.evaluate(`(async () => {
      const t = performance.now();
      for (let i = 0; i < 5; i++) { window.dispatchEvent(new Event('resize')); await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))); }
      return (performance.now() - t) / 5;
    })()`)) as number;

    // Hover: zoom in (nodes of a big graph are a few pixels, too small to pick reliably), then the
    // mouse onto nodes near the middle of the view until one reacts; timed in Node (includes the
    // CDP round trips, a few ms).
    await s.page.locator('#graph').focus();
    for (let i = 0; i < 4; i++) {
      await s.page.keyboard.press('+');
      await s.page.waitForTimeout(250);
    }
    await s.page.waitForTimeout(1000);
    const targets = (await s.page.evaluate(`(() => {
      const w = window; const c = { x: ${box.width / 2}, y: ${box.height / 2} };
      return w.__kg.visibleNodes().map((n) => w.__kg.nodeViewport(n.id)).filter((p) => p && Math.abs(p.x - c.x) < c.x * 0.8 && Math.abs(p.y - c.y) < c.y * 0.8)
        .sort((a, b) => ((a.x - c.x) ** 2 + (a.y - c.y) ** 2) - ((b.x - c.x) ** 2 + (b.y - c.y) ** 2)).slice(0, 8);
    })()`)) as { x: number; y: number }[];
    let hoverMs = NaN;
    for (const target of targets) {
      const renders0 = (await s.page.evaluate(`window.__kg.renders`)) as number;
      const th = Date.now();
      await s.page.mouse.move(box.x + target.x, box.y + target.y);
      const hit = await s.page.waitForFunction(`window.__kg.renders > ${renders0}`, undefined, { timeout: 8_000 }).then(
        () => true,
        () => false,
      );
      if (!hit) continue;
      await s.page.evaluate(`new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))`);
      hoverMs = Date.now() - th;
      break;
    }
    await s.page.mouse.move(box.x + 2, box.y + 2);
    await s.page.waitForTimeout(1000);

    // Filter latency: hide one entity type, wait for the next painted frame.
    const filter = (await s.page.evaluate(`(async () => {
      const box = document.querySelector('input[name="hiddenKinds"]');
      const t = performance.now();
      box.click();
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return { ms: performance.now() - t, visible: window.__kg.visibleNodes().length };
    })()`)) as { ms: number; visible: number };
    if (s.errors.length) throw new Error(`bench:viewer: console errors: ${s.errors.join('; ')}`);
    return {
      readyMs,
      readyCpuMs,
      firstCpuMs,
      panCpuPerFrame: pan.cpuPerFrame,
      frameMs: frame.ms,
      redrawMs,
      hoverMs,
      hidesOnMove: frame.hides,
      firstRenderMs,
      fps: pan.fps,
      redrawsPerSec: pan.redraws,
      dragFps: drag.fps,
      filterMs: filter.ms,
      visibleAfterFilter: filter.visible,
    };
  } finally {
    await s.close();
    await front?.close();
    await server.close();
  }
}

function bundleKiB(): number {
  const dir = join(DIST, 'assets');
  return readdirSync(dir).reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f))).length, 0) / 1024;
}

await ensureBuild((l) => console.error(l));
const files = [graphFile(BASE), graphFile(BIG)];
const COLS = `${'graph'.padEnd(9)} ${'nodes/edges'.padEnd(12)} ${'first render'.padStart(11)} ${'CPU→first'.padStart(9)} ${'ready'.padStart(8)} ${'CPU→ready'.padStart(9)} ${'pan fps'.padStart(11)} ${'CPU/frame'.padStart(9)} ${'pan redraws'.padStart(18)} ${'drag'.padStart(10)} ${'filter'.padStart(9)} ${'redraw'.padStart(9)} ${'hover'.padStart(9)}`;
const row = (name: string, size: typeof BIG, f: Figures) =>
  `${name.padEnd(9)} ${`${size.nodes}/${size.edges}`.padEnd(12)} ${f.firstRenderMs.toFixed(0).padStart(8)} ms ${f.firstCpuMs.toFixed(0).padStart(6)} ms ${f.readyMs.toFixed(0).padStart(5)} ms ${f.readyCpuMs.toFixed(0).padStart(6)} ms ${f.fps.toFixed(1).padStart(7)} fps ${f.panCpuPerFrame.toFixed(1).padStart(6)} ms ${f.redrawsPerSec.toFixed(1).padStart(8)} redraws/s ${f.dragFps.toFixed(1).padStart(6)} fps ${f.filterMs.toFixed(0).padStart(6)} ms ${f.redrawMs.toFixed(0).padStart(6)} ms ${f.hoverMs.toFixed(0).padStart(6)} ms${f.hidesOnMove ? '  (edges hidden while moving)' : ''}`;
const load = () =>
  `load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(', ')} on ${cpus().length} cores`;
console.log(`start: ${load()}`);

if (values.against) {
  // A/B: this build and another one on the big graph, alternately, through the same proxy.
  const runs: [string, Figures][] = [];
  for (let round = 0; round < 2; round++)
    for (const [name, dir] of [
      ['reference', values.against],
      ['this', DIST],
    ] as const)
      runs.push([name, await measure(files[1], dir)]);
  console.log(`viewer bench A/B (headless Chromium, software WebGL, pan ${PAN_MS / 1000} s): reference = ${values.against}`);
  console.log(COLS);
  for (const [name, f] of runs) console.log(row(name, BIG, f));
  const mean = (name: string, k: keyof Figures) => runs.filter(([n]) => n === name).reduce((a, [, f]) => a + (f[k] as number), 0) / 2;
  const ratio = (k: keyof Figures) => (mean('this', k) / mean('reference', k)).toFixed(2);
  console.log(
    `ratio this/reference (means of 2): first render ×${ratio('firstRenderMs')}, CPU to first render ×${ratio('firstCpuMs')}, ready ×${ratio('readyMs')}, CPU to ready ×${ratio('readyCpuMs')}, pan fps ×${ratio('fps')}, pan CPU per frame ×${ratio('panCpuPerFrame')}, drag fps ×${ratio('dragFps')}, filter ×${ratio('filterMs')}, redraw ×${ratio('redrawMs')}, hover ×${ratio('hoverMs')}`,
  );
  console.log(`end: ${load()}`);
  process.exit(0);
}

const base = await measure(files[0]);
const big = await measure(files[1]);
console.log(`viewer bench (headless Chromium, software WebGL, pan ${PAN_MS / 1000} s)`);
console.log(COLS);
console.log(row('baseline', BASE, base));
console.log(row('big', BIG, big));
console.log(
  `ratio big/baseline: first render ×${(big.firstRenderMs / base.firstRenderMs).toFixed(2)}, CPU to first render ×${(big.firstCpuMs / base.firstCpuMs).toFixed(2)}, pan fps ×${(big.fps / base.fps).toFixed(2)}, drag fps ×${(big.dragFps / base.dragFps).toFixed(2)}, filter ×${(big.filterMs / base.filterMs).toFixed(2)}, redraw ×${(big.redrawMs / base.redrawMs).toFixed(2)} (for 10× the graph)`,
);
console.log(
  `throughput: ${(BIG.nodes / (big.firstRenderMs / 1000)).toFixed(0)} nodes/s to first render (baseline ${(BASE.nodes / (base.firstRenderMs / 1000)).toFixed(0)})`,
);
console.log(`bundle: ${bundleKiB().toFixed(1)} KiB gzipped (limit 1024 KiB)`);
console.log(`end: ${load()}`);
