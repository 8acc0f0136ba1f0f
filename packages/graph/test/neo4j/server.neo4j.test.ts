/**
 * The server manager's whole life cycle on a second, throwaway server (same jars, home in
 * the OS temp dir, Bolt 7689), so the shared test server keeps running.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { paths, serverSettings, type ServerSettings } from '../../src/neo4j/server/config.js';
import { boltAnswers, start, status, stop } from '../../src/neo4j/server/manager.js';

const shared = serverSettings();
const s: ServerSettings = {
  ...shared,
  home: fs.mkdtempSync(path.join(os.tmpdir(), 'kg-neo4j-')),
  boltPort: 7689,
  httpPort: 7476,
  heap: '512m',
  pagecache: '64m',
};
const log = () => {};

afterAll(async () => {
  await stop(s, log, 10_000);
  fs.rmSync(s.home, { recursive: true, force: true });
});

describe('server manager', () => {
  it('starts, is idempotent, reports status, stops cleanly with SIGTERM', async () => {
    fs.symlinkSync(paths(shared).lib, paths(s).lib);
    expect(status(s).running).toBe(false);
    const first = await start(s, log);
    expect(first).toMatchObject({ alreadyRunning: false, uri: 'bolt://127.0.0.1:7689' });
    expect(await boltAnswers('bolt://127.0.0.1:7689')).toBe(true);
    expect(fs.readFileSync(paths(s).pidFile, 'utf8').trim()).toBe(String(first.pid));
    expect(await start(s, log)).toMatchObject({ alreadyRunning: true, pid: first.pid });
    expect(status(s)).toMatchObject({ running: true, pid: first.pid });
    expect(await stop(s, log)).toBe(true);
    expect(status(s).running).toBe(false);
    expect(fs.existsSync(paths(s).pidFile)).toBe(false);
    expect(await boltAnswers('bolt://127.0.0.1:7689')).toBe(false);
    // A clean shutdown (SIGTERM honoured), not a kill.
    expect(fs.readFileSync(path.join(s.home, 'logs', 'neo4j.log'), 'utf8')).toMatch(/INFO {2}Stopped\./);
    expect(await stop(s, log)).toBe(false);
  });
});
