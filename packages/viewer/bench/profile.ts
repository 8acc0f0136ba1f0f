/**
 * `tsx packages/viewer/bench/profile.ts [--nodes 10000 --edges 50000 --seconds 3]`: where a
 * frame of the viewer goes while the camera pans (arrow keys), in headless Chromium.
 * Prints the canvas size and devicePixelRatio, the renderer's main-thread time per frame
 * (sigma's beforeRender → afterRender), and a CDP CPU profile of the page's main thread
 * (self time by function; "(idle)" is time the main thread waited, e.g. for the software
 * GL of the GPU process). --redraw profiles the full redraws instead of the pan, --load the
 * page load up to the first frame, --filter a filter change. Uses the graphs `pnpm bench:viewer` cached in .bench/.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { serve } from '../src/server/index.js';
import { ensureBuild } from '../scripts/build.js';
import { openPage, waitReady } from '../e2e/browser.js';

const { values } = parseArgs({
  options: {
    file: { type: 'string' },
    nodes: { type: 'string', default: '10000' },
    edges: { type: 'string', default: '50000' },
    seconds: { type: 'string', default: '3' },
    filter: { type: 'boolean', default: false },
    redraw: { type: 'boolean', default: false },
    load: { type: 'boolean', default: false },
  },
});
const file = values.file ?? join(fileURLToPath(new URL('../../../.bench/', import.meta.url)), `viewer-${values.nodes}x${values.edges}-s7.json`);
if (!existsSync(file)) throw new Error(`profile: no ${file}: run pnpm bench:viewer first`);

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

await ensureBuild();
const server = await serve({ graphFile: file, port: 0, log: () => {} });
const s = await openPage({ width: 1280, height: 800 });
try {
  // --load: profile from navigation to the first drawn frame instead.
  const loadCdp = values.load ? await s.context.newCDPSession(s.page) : undefined;
  if (loadCdp) {
    await loadCdp.send('Profiler.enable');
    await loadCdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await loadCdp.send('Profiler.start');
    (globalThis as any).__redrawCdp = loadCdp;
  }
  await s.page.goto(server.url);
  await waitReady(s.page, 180_000);
  if (loadCdp) console.log('first render:', await s.page.evaluate(`window.__kg.firstRenderMs.toFixed(0) + ' ms'`));
  await s.page.waitForTimeout(500);
  console.log(
    'page:',
    await s.page.evaluate(
      `(() => { const c = document.querySelector('#graph canvas'); return { dpr: devicePixelRatio, canvasCss: c.clientWidth + 'x' + c.clientHeight, canvasPx: c.width + 'x' + c.height, layers: document.querySelectorAll('#graph canvas').length, hidesOnMove: window.__kg.hidesOnMove() }; })()`,
    ),
  );
  // Full redraws (edges and labels too): a window resize makes sigma refresh and draw everything.
  if (values.redraw && !loadCdp) {
    const c = await s.context.newCDPSession(s.page);
    await c.send('Profiler.enable');
    await c.send('Profiler.setSamplingInterval', { interval: 200 });
    await c.send('Profiler.start');
    (globalThis as any).__redrawCdp = c;
  }
  console.log(
    'full redraw (resize → painted frame), mean of 5:',
    await s.page.evaluate(
      `(async () => { const t = performance.now(); for (let i = 0; i < 5; i++) { window.dispatchEvent(new Event('resize')); await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))); } return ((performance.now() - t) / 5).toFixed(0) + ' ms'; })()`,
    ),
  );
  await s.page.evaluate(
    `(() => { const w = window; w.__frames = 0; w.__on = true; const t = () => { if (!w.__on) return; w.__frames++; requestAnimationFrame(t); }; requestAnimationFrame(t); w.__r0 = w.__kg.renders; w.__ms = []; })()`,
  );
  const cdp = await s.context.newCDPSession(s.page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  if (values.filter) {
    // The filter path instead of panning: hide one entity type, wait for the painted frame.
    console.log(
      'filter:',
      await s.page.evaluate(
        `(async () => { const t = performance.now(); document.querySelector('input[name="hiddenKinds"]').click(); await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))); return (performance.now() - t).toFixed(0) + ' ms'; })()`,
      ),
    );
  } else {
    await s.page.locator('#graph').focus();
    const keys = ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'];
    for (let i = 0; Date.now() - t0 < Number(values.seconds) * 1000; i++) {
      await s.page.keyboard.press(keys[Math.floor(i / 3) % 4]);
      await s.page.waitForTimeout(100);
    }
  }
  const elapsed = Date.now() - t0;
  const { profile } = (await ((globalThis as any).__redrawCdp ?? cdp).send('Profiler.stop')) as {
    profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] };
  };
  const counts = (await s.page.evaluate(
    `(() => { window.__on = false; return { frames: window.__frames, renders: window.__kg.renders - window.__r0, lastRenderMs: window.__kg.lastRenderMs }; })()`,
  )) as { frames: number; renders: number; lastRenderMs: number };
  console.log(
    `pan ${elapsed} ms: ${((counts.frames * 1000) / elapsed).toFixed(1)} rAF fps, ${((counts.renders * 1000) / elapsed).toFixed(1)} sigma redraws/s, last sigma frame ${counts.lastRenderMs.toFixed(1)} ms on the main thread`,
  );
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const n = byId.get(id)!;
    const f = n.callFrame;
    const name = `${f.functionName || '(anonymous)'} ${f.url ? f.url.split('/').pop() + ':' + f.lineNumber : ''}`;
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`CPU profile of the page's main thread, ${total.toFixed(0)} ms sampled; self time:`);
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15))
    console.log(`${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${name}`);
} finally {
  await s.close();
  await server.close();
}
