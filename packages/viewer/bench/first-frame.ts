/**
 * `tsx packages/viewer/bench/first-frame.ts [--loads 2] [graph files…]`: where the CPU goes
 * from navigation to the viewer's first frame on screen, by Chromium process (renderer,
 * GPU process with the software WebGL, browser, network), with the page's load marks
 * (kg:fetched, kg:loaded, kg:sigma: milliseconds from navigation start) and the first frame.
 * CPU by process stretches far less than wall time on a loaded machine. Defaults to the two
 * graphs `pnpm bench:viewer` caches in .bench/.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadavg } from 'node:os';
import { serve } from '../src/server/index.js';
import { ensureBuild } from '../scripts/build.js';
import { openPage } from '../e2e/browser.js';
import { chromiumCpuByKind } from './cpu.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { loads: { type: 'string', default: '2' } } });
const CACHE = fileURLToPath(new URL('../../../.bench/', import.meta.url));
const files = positionals.length ? positionals : ['viewer-1000x5000-s7.json', 'viewer-10000x50000-s7.json'].map((f) => join(CACHE, f));
for (const f of files) if (!existsSync(f)) throw new Error(`first-frame: no ${f}: run pnpm bench:viewer first`);

/** One page load up to the first frame: CPU by process kind, and the page's marks. */
async function firstFrame(url: string): Promise<{ cpu: Map<string, number>; marks: Record<string, number> }> {
  const s = await openPage({ width: 1280, height: 800 });
  try {
    const before = chromiumCpuByKind(s.userDataDir);
    await s.page.goto(url, { waitUntil: 'commit' });
    await s.page.waitForFunction(() => (window as any).__kg?.firstRenderMs !== undefined, undefined, { polling: 'raf', timeout: 180_000 });
    const cpu = new Map([...chromiumCpuByKind(s.userDataDir)].map(([k, ms]) => [k, ms - (before.get(k) ?? 0)]));
    const marks = (await s.page.evaluate(
      `Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]).concat([['first frame', Math.round(window.__kg.firstRenderMs)]]))`,
    )) as Record<string, number>;
    return { cpu, marks };
  } finally {
    await s.close();
  }
}

await ensureBuild((l) => console.error(l));
console.log(
  `start: load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(', ')}`,
);
for (const file of files) {
  const server = await serve({ graphFile: file, port: 0, log: () => {} });
  try {
    for (let i = 0; i < Number(values.loads); i++) {
      const { cpu, marks } = await firstFrame(server.url);
      const byKind = [...cpu]
        .filter(([, ms]) => ms > 0)
        .sort((a, b) => b[1] - a[1])
        .map(([k, ms]) => `${k} ${ms.toFixed(0)}`)
        .join(', ');
      console.log(
        `${file.split('/').pop()}: CPU ms ${byKind} | marks ${Object.entries(marks)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}`,
      );
    }
  } finally {
    await server.close();
  }
}
console.log(
  `end: load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(', ')}`,
);
