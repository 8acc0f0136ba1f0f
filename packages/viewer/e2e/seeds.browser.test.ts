/**
 * The whole pipeline into the viewer: the five seed pages through `extractFiles` (the real
 * extractor), served as a contract graph.json (the server runs the real model and layout),
 * searched and read in headless Chromium. Checks what the seeds say, not exact output.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFiles } from '@kg/extractor';
import type { RunningServer } from '../src/server/index.js';
import { ARTIFACTS, openPage, waitReady, type Session } from './browser.js';
import { startServer } from './server.js';

const SEEDS = fileURLToPath(new URL('../../../seeds/', import.meta.url));

let server: RunningServer;
let s: Session;

beforeAll(async () => {
  const { graph } = await extractFiles([SEEDS], { quiet: true, jobs: 1 });
  const file = join(mkdtempSync(join(tmpdir(), 'kg-viewer-seeds-')), 'graph.json');
  writeFileSync(file, JSON.stringify(graph));
  server = await startServer(file);
  s = await openPage();
});
afterAll(async () => {
  await s?.close();
  await server?.close();
});

describe('viewer on the seeds', () => {
  it('finds Lavrov, lists his meeting with Hillary Clinton and opens its evidence in the article', async () => {
    const { page } = s;
    await page.goto(server.url);
    await waitReady(page);
    await page.fill('#search-input', 'Lavrov');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as any).__kg.selected() === 'sergei-lavrov');
    const meet = page.locator('#panel section[data-predicate="MEET"]');
    expect(await meet.locator('button[data-node]').allTextContents()).toContain('Hillary Clinton');
    await meet.locator('li', { hasText: 'Hillary Clinton' }).locator('.evidence-link').click();
    const sentences = await page.locator('#panel .evidence blockquote').allTextContents();
    expect(sentences.length).toBeGreaterThan(0);
    // The seed reports the Lavrov–Clinton meeting in Vietnamese: the sentence names him.
    expect(sentences.some((x) => /Lavrov/.test(x))).toBe(true);
    await page.locator('#panel .open-article').first().click();
    await page.locator('#article[open] mark.evidence').waitFor();
    expect(await page.locator('#article mark.evidence').textContent()).toBe(sentences[0]);
    await page.screenshot({ path: ARTIFACTS + 'seeds-article.png' });
    await page.keyboard.press('Escape');
    expect(s.errors).toEqual([]);
  });

  it.each(['Nga', 'nga'])('finds Russia for "%s"', async (q) => {
    await s.page.fill('#search-input', q);
    expect(await s.page.locator('#search-list li').first().getAttribute('data-node')).toBe('russia');
  });
});
