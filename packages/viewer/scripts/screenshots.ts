/**
 * Takes the README screenshots from the real viewer: the seed pages through the real
 * extractor and model, served and photographed in headless Chromium.
 * `tsx packages/viewer/scripts/screenshots.ts [graph.json]` → packages/viewer/docs/*.png
 */
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFiles } from '@kg/extractor';
import { serve } from '../src/server/index.js';
import { openPage, waitReady } from '../e2e/browser.js';
import { ensureBuild } from './build.js';

const DOCS = fileURLToPath(new URL('../docs/', import.meta.url));
const SEEDS = fileURLToPath(new URL('../../../seeds/', import.meta.url));

let file = process.argv[2];
if (!file) {
  const { graph } = await extractFiles([SEEDS], { quiet: true, jobs: 1 });
  file = join(mkdtempSync(join(tmpdir(), 'kg-shots-')), 'graph.json');
  writeFileSync(file, JSON.stringify(graph));
}
await ensureBuild();
const server = await serve({ graphFile: file, port: 0, log: () => {} });
const s = await openPage({ width: 1280, height: 760 });
const shot = async (name: string) => {
  const path = join(DOCS, name);
  await s.page.screenshot({ path });
  console.log(`${path}: ${(statSync(path).size / 1024).toFixed(0)} KiB`);
};
try {
  await s.page.goto(server.url);
  await waitReady(s.page);
  await s.page.waitForTimeout(300);
  await shot('overview.png');

  await s.page.fill('#search-input', 'lavrov');
  await s.page.keyboard.press('Enter');
  await s.page.waitForTimeout(700);
  await shot('entity-panel.png');

  await s.page.locator('#panel section[data-predicate="MEET"] .evidence-link').first().click();
  await s.page.locator('#panel .open-article').first().click();
  await s.page.locator('#article[open] mark.evidence').waitFor();
  await s.page.waitForTimeout(200);
  await shot('evidence.png');
  if (s.errors.length) throw new Error(`screenshots: console errors: ${s.errors.join('; ')}`);
} finally {
  await s.close();
  await server.close();
}
