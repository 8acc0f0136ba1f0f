/**
 * The Cypher box against the real test Neo4j (bolt://127.0.0.1:7687, `pnpm neo4j:start`):
 * a read query's nodes and relationships are drawn; a write is refused by the server and
 * the refusal is shown; a syntax error is shown readable; a cut result says so.
 * The database is shared: this suite only creates and deletes its own e2e-* entities.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { connect } from '../../graph/src/neo4j/connect.js';
import type { RunningServer } from '../src/server/index.js';
import { ARTIFACTS, openPage, waitReady, type Session } from './browser.js';
import { startServer } from './server.js';

const FIXTURE = fileURLToPath(new URL('../../graph/test/fixtures/graph.json', import.meta.url));

let driver: Driver;
let server: RunningServer;
let s: Session;

/** This suite's nodes, and any node a refused write would have made. */
const count = async (): Promise<number> => {
  const res = await driver.executeQuery("MATCH (n) WHERE n.id STARTS WITH 'e2e-' OR n.id = 'should-not-exist' RETURN count(n) AS n");
  return Number(res.records[0].get('n'));
};
const OWN = "MATCH (n) WHERE n.id IN ['e2e-alpha', 'e2e-beta', 'e2e-gamma'] DETACH DELETE n";

beforeAll(async () => {
  driver = await connect();
  await driver.executeQuery(OWN);
  await driver.executeQuery(`
    CREATE (a:Entity:Person {id: 'e2e-alpha', name: 'Tester Alpha', aliases: ['Alpha']})
    CREATE (b:Entity:Country {id: 'e2e-beta', name: 'Betaland'})
    CREATE (c:Entity:Organization {id: 'e2e-gamma', name: 'Gamma Org'})
    CREATE (a)-[:MEET {key: 'MEET|e2e-alpha|e2e-beta|pos', quadClass: 'verbal-cooperation', symmetric: true, weight: 1, confidence: 0.9, negated: false,
      topics: ['trade'], dates: ['2011-07-13'], evidenceArticles: ['doc-a'], evidenceSentences: ['Alpha gặp Betaland.'], evidenceStarts: [0], evidenceEnds: [19]}]->(b)
    CREATE (b)-[:MEMBER_OF {predicate: 'MEMBER_OF', quadClass: 'neutral', weight: 1}]->(c)`);
  server = await startServer(FIXTURE, { rowLimit: 2 });
  s = await openPage();
  await s.page.goto(server.url);
  await waitReady(s.page);
});
afterAll(async () => {
  await s?.close();
  await server?.close();
  await driver?.executeQuery(OWN);
  await driver?.close();
});

const run = async (query: string) => {
  await s.page.fill('#cypher-input', query);
  await s.page.locator('#cypher-input').focus();
  await s.page.keyboard.press('Control+Enter');
  await s.page.waitForFunction(() => document.getElementById('cypher-info')?.textContent !== 'Running…');
};

describe('Cypher box', () => {
  it('replaces the view with the nodes and relationships a read query returns', async () => {
    await run("MATCH p = (a:Entity)-[r]->(b) WHERE a.id STARTS WITH 'e2e-' RETURN p");
    expect(await s.page.locator('#cypher-error').textContent()).toBe('');
    const nodes = await s.page.evaluate(() =>
      (window as any).__kg
        .visibleNodes()
        .map((n: any) => `${n.label}:${n.kind}`)
        .sort(),
    );
    expect(nodes).toEqual(['Betaland:Country', 'Gamma Org:Organization', 'Tester Alpha:Person']);
    const edges = await s.page.evaluate(() =>
      (window as any).__kg
        .visibleEdges()
        .map((e: any) => `${e.source} ${e.predicate} ${e.target}`)
        .sort(),
    );
    expect(edges).toEqual(['e2e-alpha MEET e2e-beta', 'e2e-beta MEMBER_OF e2e-gamma']);
    expect(await s.page.locator('#cypher-info').textContent()).toBe('3 nodes, 2 relationships, 2 rows');
    await s.page.screenshot({ path: ARTIFACTS + 'viewer-cypher.png' });
    // Stored the way the loader stores it (parallel evidence lists), the evidence reads back.
    await s.page.fill('#search-input', 'tester');
    await s.page.keyboard.press('Enter');
    await s.page.locator('#panel section[data-predicate="MEET"] .evidence-link').click();
    expect(await s.page.locator('#panel .evidence blockquote').allTextContents()).toEqual(['Alpha gặp Betaland.']);
    expect(await s.page.locator('#panel dl').textContent()).toContain('trade');
  });

  it('overlays a result on the graph and restores the full graph', async () => {
    await s.page.locator('#cypher-restore').click();
    await s.page.waitForFunction(() => (window as any).__kg.size().nodes === 7);
    await s.page.selectOption('#cypher-mode', 'overlay');
    await run("MATCH (a {id: 'e2e-alpha'}) RETURN a");
    expect(await s.page.evaluate(() => (window as any).__kg.size().nodes)).toBe(8);
    expect(await s.page.evaluate(() => (window as any).__kg.visibleNodes().some((n: any) => n.id === 'e2e-alpha'))).toBe(true);
  });

  it('shows a write refused by the server, and the database is unchanged', async () => {
    const before = await count();
    await run("CREATE (x:Entity {id: 'should-not-exist'}) RETURN x");
    const error = await s.page.locator('#cypher-error').textContent();
    expect(error).toBe('kg view: the Cypher box only reads: CREATE writes to the database');
    expect(await count()).toBe(before);
  });

  it('says when the server cut the result at its row limit', async () => {
    await run('UNWIND range(1, 10) AS i RETURN i');
    expect(await s.page.locator('#cypher-info').textContent()).toBe("0 nodes, 0 relationships, 2 rows (stopped at the server's limit of 2 rows)");
  });

  it('shows a syntax error readable', async () => {
    await run('MATCH (n RETURN n');
    expect(await s.page.locator('#cypher-error').textContent()).toMatch(/^Neo\.ClientError\.Statement\.SyntaxError: /);
  });

  it('logged no console errors', () => {
    // Failed fetches (403, 422) are not console errors: the page reports them in #cypher-error.
    expect(s.errors.filter((e) => !/status of (403|422).*\/api\/cypher\)$/.test(e))).toEqual([]);
  });
});
