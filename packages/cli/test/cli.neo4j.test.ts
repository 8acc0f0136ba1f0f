/** `kg load` and `pnpm neo4j:*` as child processes, against the real Neo4j. */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { describeConnectError, connect } from '@kg/graph';
import { census, fixturePath, useEmptyDatabase } from '../../graph/test/neo4j/db.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const run = (script: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync('node', ['--import', 'tsx', script, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env, CI: '1' }, timeout: 120_000 });
const kg = (args: string[], env?: NodeJS.ProcessEnv) => run('packages/cli/src/main.ts', args, env);
const server = (cmd: string, env?: NodeJS.ProcessEnv) => run('packages/graph/src/neo4j/server/cli.ts', [cmd], env);

let driver: Driver;
useEmptyDatabase((d) => {
  driver = d;
});

describe('kg load', () => {
  it('loads a file and reports what it wrote', async () => {
    const r = kg(['load', '--batch-size', '4', fixturePath('graph.json')]);
    expect(r.stderr).toContain('load: 12/12 batches'); // articles 1, entities 3 (one per type), mentions 3, relationships 5 (one per predicate)
    expect(r.stdout).toMatch(/2 articles, 7 entities, 9 mention links, 6 relationships in 12 transactions/);
    expect(r.status).toBe(0);
    expect((await census(driver))['node:Entity']).toBe(7);
  });

  it('names every bad field of a file that breaks the contract, writes nothing, exits 1', async () => {
    const file = fixturePath('neo4j/broken.json');
    const r = kg(['load', fixturePath('graph.json'), file]);
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^kg load: ${file}: entities\\.2\\.type: Invalid enum value.*received 'Planet'$`));
    expect(lines[1]).toMatch(new RegExp(`^kg load: ${file}: relations\\.1\\.predicate: Invalid enum value.*received 'HUG'$`));
    expect(lines[2]).toBe('kg load: nothing was written');
    expect(await census(driver)).toEqual({});
  });

  it('reports a relation whose entity is missing instead of dropping it', async () => {
    const file = fixturePath('neo4j/dangling.json');
    const r = kg(['load', file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`kg load: ${file}: relations.4.object: no entity with id "vladimir-putin"`);
    expect(await census(driver)).toEqual({});
  });

  it('says in one line how to start Neo4j when it is not running, exit 3', () => {
    const r = kg(['load', fixturePath('graph.json')], { NEO4J_URI: 'bolt://127.0.0.1:7699' });
    expect(r.status).toBe(3);
    expect(r.stderr.trim()).toBe(
      'kg load: cannot reach Neo4j at bolt://127.0.0.1:7699: start the local server with `pnpm neo4j:start`, or set NEO4J_URI to a running server',
    );
  });
});

describe('connect', () => {
  it('turns an unreachable server into one clear error', async () => {
    await expect(connect({ uri: 'bolt://127.0.0.1:7699' })).rejects.toThrow(
      /^neo4j: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:7699: start the local server with `pnpm neo4j:start`/,
    );
  });

  it('says so when the credentials are wrong', () => {
    // The local server has auth disabled, so the server's own error is used as input here.
    const err = Object.assign(new Error('The client is unauthorized due to authentication failure.'), { code: 'Neo.ClientError.Security.Unauthorized' });
    expect(describeConnectError(err, 'bolt://db:7687')).toBe(
      'neo4j: authentication failed at bolt://db:7687: check NEO4J_USERNAME and NEO4J_PASSWORD (The client is unauthorized due to authentication failure.)',
    );
  });
});

describe('neo4j server commands', () => {
  it('status says running, and start on a running server says so and exits 0', () => {
    const status = server('status');
    expect(status.stdout).toMatch(/^neo4j: running \(pid \d+, Neo4j 5\.26\.\d+\) at bolt:\/\/127\.0\.0\.1:7687/);
    const start = server('start');
    expect(start.status).toBe(0);
    expect(start.stdout).toMatch(/^neo4j: already running \(pid \d+\)/);
  });

  it('does nothing when NEO4J_URI points at an external server', () => {
    const r = server('stop', { NEO4J_URI: 'bolt://elsewhere:7687' });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe('neo4j: NEO4J_URI is set (bolt://elsewhere:7687): using that external server; nothing to stop here.');
    expect(server('status').stdout).toMatch(/^neo4j: running/);
  });
});
