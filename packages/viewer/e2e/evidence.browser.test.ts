/**
 * The edge panel in headless Chromium lists each evidence sentence once, with every topic
 * it backs (the model keeps one evidence item per sentence and topic).
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningServer } from '../src/server/index.js';
import { TWO_TOPICS } from '../test/two-topics.js';
import { openPage, waitReady, type Session } from './browser.js';
import { startServer } from './server.js';

let dir: string;
let server: RunningServer;
let s: Session;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kg-viewer-evidence-'));
  const file = join(dir, 'graph.json');
  writeFileSync(file, JSON.stringify(TWO_TOPICS.graph));
  server = await startServer(file);
  s = await openPage();
});
afterAll(async () => {
  await s?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('edge panel', () => {
  it('shows a sentence with two topics once, with both topics', async () => {
    await s.page.goto(`${server.url}#sel=${encodeURIComponent(`e:${TWO_TOPICS.edge}`)}`);
    await waitReady(s.page);
    const items = s.page.locator('#panel .evidence > li');
    expect(await items.locator('blockquote').allTextContents()).toEqual(TWO_TOPICS.sentences);
    expect(await items.locator('.evidence-about').allTextContents()).toEqual(['energy · trade', 'trade']);
    expect(await s.page.locator('#panel h3', { hasText: 'Evidence' }).textContent()).toBe('Evidence (2)');
    expect(await s.page.locator('#panel dl').textContent()).toContain('Weight2');
    expect(s.errors).toEqual([]);
  });
});
