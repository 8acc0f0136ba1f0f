/**
 * The viewer in real headless Chromium against the real server, on the graph package's
 * fixture run through the real model (toGraphology: metrics and layout).
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { MultiGraph } from 'graphology';
import gexf from 'graphology-gexf';
import { fileURLToPath } from 'node:url';
import type { RunningServer } from '../src/server/index.js';
import { ARTIFACTS, openPage, waitReady, type Session } from './browser.js';
import { startServer } from './server.js';

const FIXTURE = fileURLToPath(new URL('../../graph/test/fixtures/graph.json', import.meta.url));

let server: RunningServer;
let s: Session;

const visibleKinds = () => s.page.evaluate(() => (window as any).__kg.visibleNodes().map((n: { kind: string }) => n.kind) as string[]);

beforeAll(async () => {
  server = await startServer(FIXTURE);
  s = await openPage();
});
afterAll(async () => {
  await s?.close();
  await server?.close();
});

describe('viewer e2e', () => {
  it('draws the graph without console errors', async () => {
    await s.page.goto(server.url);
    await waitReady(s.page);
    const size = await s.page.evaluate(() => (window as any).__kg.size());
    expect(size).toEqual({ nodes: 7, edges: 6 });
    expect((await visibleKinds()).length).toBe(7);
    await s.page.screenshot({ path: ARTIFACTS + 'viewer-loaded.png' });
    expect(s.errors).toEqual([]);
  });

  it('finds Lavrov from the keyboard and lists MEET with Hillary Clinton and its evidence', async () => {
    const { page } = s;
    await page.locator('#graph').focus();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.type('lavrov');
    await page.locator('#search-list li').first().waitFor();
    expect(await page.locator('#search-list li').first().getAttribute('data-node')).toBe('sergei-lavrov');
    expect(await page.locator('#search-input').getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as any).__kg.selected() === 'sergei-lavrov');
    expect(await page.locator('#panel h2').textContent()).toBe('Sergei Lavrov');
    expect(page.url()).toContain('sel=sergei-lavrov');

    const meet = page.locator('#panel section[data-predicate="MEET"]');
    expect(await meet.locator('button[data-node]').allTextContents()).toEqual(['Hillary Clinton']);
    expect(await page.locator('#panel .positions').textContent()).toContain('Foreign Minister');

    // Keyboard into the panel: focus the evidence link, Enter opens the relation.
    await meet.locator('.evidence-link').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as any).__kg.selected()?.startsWith('e:'));
    expect(await page.locator('#panel h2').textContent()).toBe('MEET');
    const sentence = 'Ngoại trưởng Nga Sergei Lavrov gặp Ngoại trưởng Hillary Clinton ngày 13/7.';
    expect(await page.locator('#panel .evidence blockquote').allTextContents()).toEqual([sentence]);
    await page.screenshot({ path: ARTIFACTS + 'viewer-edge-panel.png' });

    // The article opens with exactly the evidence sentence highlighted; Escape closes it.
    await page.locator('#panel .open-article').focus();
    await page.keyboard.press('Enter');
    await page.locator('#article[open] mark.evidence').waitFor();
    expect(await page.locator('#article mark.evidence').textContent()).toBe(sentence);
    expect(await page.locator('#article-title').textContent()).toBe('Nga và NATO còn bất đồng');
    await page.screenshot({ path: ARTIFACTS + 'viewer-article.png' });
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !(document.getElementById('article') as HTMLDialogElement).open);
    expect(s.errors).toEqual([]);
  });

  it('searches Vietnamese names with or without marks', async () => {
    const { page } = s;
    for (const q of ['Nga', 'nga']) {
      await page.fill('#search-input', q);
      expect(await page.locator('#search-list li').first().getAttribute('data-node')).toBe('russia');
    }
    await page.keyboard.press('Escape');
    expect(await page.locator('#search-list').isHidden()).toBe(true);
  });

  it('filters out Person, keeps the filter in the URL and after a reload', async () => {
    const { page } = s;
    await page.goto(server.url);
    await waitReady(page);
    expect((await visibleKinds()).filter((k) => k === 'Person').length).toBe(3);
    await page.locator('#hiddenKinds-Person').uncheck();
    await page.waitForFunction(() => (window as any).__kg.visibleNodes().every((n: { kind: string }) => n.kind !== 'Person'));
    const kinds = await visibleKinds();
    expect(kinds.length).toBe(4);
    expect(kinds).not.toContain('Person');
    expect(new URL(page.url()).hash).toContain('hideKind=Person');
    await page.screenshot({ path: ARTIFACTS + 'viewer-no-person.png' });

    await page.reload();
    await waitReady(page);
    expect(await visibleKinds()).not.toContain('Person');
    expect(await page.locator('#hiddenKinds-Person').isChecked()).toBe(false);
    expect(s.errors).toEqual([]);
  });

  it('pans and zooms from the keyboard, Escape clears the selection', async () => {
    const { page } = s;
    await page.goto(`${server.url}#sel=russia`);
    await waitReady(page);
    const camera = () => page.evaluate(() => (window as any).__kg.camera() as { x: number; y: number; ratio: number });
    const before = await camera();
    await page.locator('#graph').focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((x0) => (window as any).__kg.camera().x > x0, before.x);
    await page.keyboard.press('+');
    await page.waitForFunction((r0) => (window as any).__kg.camera().ratio < r0, before.ratio);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => (window as any).__kg.selected() === undefined);
    expect(await page.locator('#panel h2').textContent()).toBe('Details');
    expect(s.errors).toEqual([]);
  });

  it('exports the visible subgraph as GEXF, graphology JSON and PNG, read back by real readers', async () => {
    const { page } = s;
    await page.goto(`${server.url}#hideKind=Person`);
    await waitReady(page);
    const save = async (button: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
      const path = ARTIFACTS + download.suggestedFilename();
      await download.saveAs(path);
      return readFileSync(path);
    };
    const expected = ['nato', 'libya', 'russia', 'united-kingdom'].sort();

    const fromGexf = gexf.parse(MultiGraph, (await save('#export-gexf')).toString('utf8'));
    expect(fromGexf.nodes().sort()).toEqual(expected);
    expect(fromGexf.getNodeAttribute('russia', 'kind')).toBe('Country');
    expect(fromGexf.getNodeAttribute('russia', 'label')).toBe('Russia');
    expect(fromGexf.size).toBe(2); // NATO–Russia DISAGREE and UK→Russia SANCTION

    const fromJson = MultiGraph.from(JSON.parse((await save('#export-json')).toString('utf8')));
    expect(fromJson.nodes().sort()).toEqual(expected);
    expect(
      fromJson
        .edges()
        .map((e: string) => fromJson.getEdgeAttribute(e, 'predicate'))
        .sort(),
    ).toEqual(['DISAGREE', 'SANCTION']);
    expect(
      fromJson.getEdgeAttribute(fromJson.edges().find((e: string) => fromJson.getEdgeAttribute(e, 'predicate') === 'SANCTION')!, 'evidence')[0].sentence,
    ).toBe('Britain imposed sanctions on Russia.');

    const png = await save('#export-png');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(width).toBeGreaterThan(100);
    expect(height).toBeGreaterThan(100);
    expect(s.errors).toEqual([]);
  });

  it('narrows to a date range from the timeline', async () => {
    const { page } = s;
    await page.goto(server.url);
    await waitReady(page);
    const preds = () =>
      page.evaluate(() =>
        (window as any).__kg
          .visibleEdges()
          .map((e: { predicate: string }) => e.predicate)
          .sort(),
      );
    expect(await preds()).toContain('DISAGREE');
    // Drag the "from" slider to its right end: only the last dated day (13 July) is left.
    await page.locator('#date-from').focus();
    await page.keyboard.press('End');
    await page.waitForFunction(() => location.hash.includes('from=2011-07-13'));
    // MEET is dated 13 July; DISAGREE 4 July goes; undated edges (posts, sanction, criticism) stay.
    expect(await preds()).toEqual(['CRITICIZE', 'HOLDS_POSITION', 'HOLDS_POSITION', 'MEET', 'SANCTION']);
    expect(s.errors).toEqual([]);
  });

  it('narrows to the neighbourhood of the selection from the URL', async () => {
    const { page } = s;
    await page.goto(`${server.url}#focus=hillary-clinton&depth=1&sel=hillary-clinton`);
    await waitReady(page);
    const ids = await page.evaluate(() =>
      (window as any).__kg
        .visibleNodes()
        .map((n: { id: string }) => n.id)
        .sort(),
    );
    expect(ids).toEqual(['hillary-clinton', 'sergei-lavrov']);
    expect(await page.locator('#panel h2').textContent()).toBe('Hillary Clinton');
    expect(s.errors).toEqual([]);
  });
});
