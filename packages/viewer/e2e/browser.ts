/**
 * Real headless Chromium for the end-to-end tests and the bench: the project's flags, a
 * fresh temporary profile, and a page that records console errors and page errors.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

export interface Session {
  context: BrowserContext;
  page: Page;
  errors: string[];
  userDataDir: string;
  close(): Promise<void>;
}

/** Opens a page in a new persistent context (its own temp user-data dir), recording errors. */
export async function openPage(viewport = { width: 1440, height: 900 }): Promise<Session> {
  const dir = mkdtempSync(join(tmpdir(), 'kg-viewer-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport,
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return {
    context,
    page,
    errors,
    userDataDir: dir,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Waits until the viewer has drawn its first frame. */
export async function waitReady(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(() => (window as any).__kg?.ready === true, undefined, { timeout });
}

export type { Browser, Page };

/** Where screenshots and downloads go: KG_TEST_ARTIFACTS, or a folder in the OS temp dir (never the repo). */
export const ARTIFACTS = join(process.env.KG_TEST_ARTIFACTS ?? join(tmpdir(), 'kg-test-artifacts'), '/');
mkdirSync(ARTIFACTS, { recursive: true });
