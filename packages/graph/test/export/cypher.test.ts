import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import neo4j, { type Driver } from 'neo4j-driver';
import { connect } from '../../src/neo4j/connect.js';
import { toCypher, cypherString, cypherName } from '../../src/export/cypher.js';
import { expectMatchesSource, type ReadEdge, type ReadNode } from './source-check.js';
import { cases } from './models.js';

/** The script's statements: one per line, comments skipped (the format promises this). */
const statements = (script: string): string[] =>
  script.split('\n').filter((l) => l.trim() && !l.startsWith('//'));

const num = (v: unknown): unknown => (neo4j.isInt(v) ? (v as { toNumber(): number }).toNumber() : v);
const plain = (o: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, num(v)]));

let driver: Driver;
let constraintsBefore = new Set<string>();
const constraintNames = async (): Promise<Set<string>> =>
  new Set((await run('SHOW CONSTRAINTS YIELD name RETURN name')).map((r) => r.name as string));

beforeAll(async () => {
  driver = await connect();
  constraintsBefore = await constraintNames();
});
// Leave the shared database as found: no data, and only the constraints that were there.
afterAll(async () => {
  await run('MATCH (n) DETACH DELETE n');
  for (const name of await constraintNames()) if (!constraintsBefore.has(name)) await run(`DROP CONSTRAINT ${cypherName(name)} IF EXISTS`);
  await driver?.close();
});

async function run(query: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  const res = await driver.executeQuery(query, params);
  return res.records.map((r) => r.toObject());
}

describe('cypherString', () => {
  it.each([
    ["O'Brien", "'O\\'Brien'"],
    ['back\\slash', "'back\\\\slash'"],
    ['two\nlines\r\n\ttab', "'two\\nlines\\r\\n\\ttab'"],
    ['bell\u0007', "'bell\\u0007'"],
    ['Việt Nam 🚀', "'Việt Nam 🚀'"],
    ['lone \uD800 surrogate', "'lone \\uFFFD surrogate'"],
  ])('escapes %j', (input, expected) => {
    expect(cypherString(input)).toBe(expected);
  });

  it('quotes names that are not identifiers', () => {
    expect(cypherName('Person')).toBe('Person');
    expect(cypherName('odd name`x')).toBe('`odd name``x`');
  });
});

describe.each(cases())('Cypher export of the $name, run into Neo4j', ({ source, model }) => {
  const script = toCypher(model);

  beforeAll(async () => {
    await run('MATCH (n) DETACH DELETE n');
    for (const s of statements(script)) await run(s);
  });

  it('puts constraints before any data statement', () => {
    const lines = statements(script);
    const lastConstraint = lines.map((l) => l.startsWith('CREATE CONSTRAINT')).lastIndexOf(true);
    expect(lastConstraint).toBe(1);
    expect(lines.slice(2).every((l) => !l.startsWith('CREATE CONSTRAINT'))).toBe(true);
  });

  it('creates every entity with labels Entity + kind and its properties', async () => {
    const rows = await run('MATCH (n:Entity) RETURN n.id AS id, labels(n) AS labels, properties(n) AS p');
    expect(rows).toHaveLength(model.order);
    for (const row of rows) {
      const a = model.getNodeAttributes(row.id as string);
      expect((row.labels as string[]).sort()).toEqual(['Entity', a.kind].sort());
      const expected: Record<string, unknown> = {
        id: row.id, name: a.label, kind: a.kind, mentions: a.mentions, degree: a.degree, pagerank: a.pagerank, community: a.community,
      };
      if (a.aliases.length) expected.aliases = a.aliases;
      if (a.wikidata) expected.wikidata = a.wikidata;
      expect(plain(row.p as Record<string, unknown>)).toEqual(expected);
    }
  });

  it('creates the articles and MENTIONS', async () => {
    const rows = await run('MATCH (d:Article) RETURN properties(d) AS p ORDER BY d.id');
    expect(rows.map((r) => r.p)).toEqual([...source.documents].sort((x, y) => (x.id < y.id ? -1 : 1)).map((d) => {
      const p: Record<string, unknown> = { id: d.id, title: d.title, path: d.path, lang: d.lang };
      if (d.published !== null) p.published = d.published;
      return p;
    }));
    const mentions = await run('MATCH (d:Article)-[:MENTIONS]->(e:Entity) RETURN d.id AS d, e.id AS e ORDER BY e, d');
    const expected = model.mapNodes((k, a) => a.articles.map((d) => ({ d, e: k }))).flat();
    expect(mentions).toEqual(expected);
  });

  it('creates one relationship per model edge, typed by predicate, with its properties', async () => {
    const rows = await run('MATCH (s:Entity)-[r]->(t:Entity) RETURN s.id AS s, t.id AS t, type(r) AS type, properties(r) AS p');
    expect(rows).toHaveLength(model.size);
    for (const row of rows) {
      const p = plain(row.p as Record<string, unknown>);
      const key = p.key as string;
      const a = model.getEdgeAttributes(key);
      expect([row.s, row.t, row.type]).toEqual([model.source(key), model.target(key), a.predicate]);
      const expected: Record<string, unknown> = {
        key, label: a.label, weight: a.weight, confidence: a.confidence, negated: a.negated, cameo: a.cameo,
        quadClass: a.quadClass, symmetric: a.symmetric, evidence: JSON.stringify(a.evidence),
      };
      for (const k of ['topics', 'dates', 'attributedTo'] as const) if (a[k].length) expected[k] = a[k];
      if (a.firstSeen !== null) expected.firstSeen = a.firstSeen;
      if (a.lastSeen !== null) expected.lastSeen = a.lastSeen;
      expect(p).toEqual(expected);
      expect(JSON.parse(p.evidence as string)).toEqual(a.evidence);
    }
  });

  it('matches the source graph', async () => {
    const ns = await run('MATCH (n:Entity) RETURN n.id AS id, n.name AS name, n.kind AS kind, n.aliases AS aliases');
    const nodes = new Map<string, ReadNode>(ns.map((r) => [r.id as string, { label: r.name as string, kind: r.kind as string, aliases: (r.aliases as string[] | null) ?? [] }]));
    const rs = await run('MATCH (s:Entity)-[r]->(t:Entity) RETURN s.id AS s, t.id AS t, type(r) AS type, r.key AS key, r.negated AS negated, r.topics AS topics, r.evidence AS evidence');
    const edges = new Map<string, ReadEdge>(rs.map((r) => [r.key as string, {
      source: r.s as string, target: r.t as string, predicate: r.type as string, negated: r.negated as boolean,
      topics: (r.topics as string[] | null) ?? [], sentences: (JSON.parse(r.evidence as string) as { sentence: string }[]).map((e) => e.sentence),
    }]));
    expectMatchesSource(source, nodes, edges);
  });

  it('can run twice without duplicating anything (MERGE)', async () => {
    for (const s of statements(script)) await run(s);
    const [{ n, r }] = await run('MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS n, count(r) AS r');
    const mentions = model.reduceNodes((acc, _k, a) => acc + a.articles.length, 0);
    expect([num(n), num(r)]).toEqual([model.order + source.documents.length, model.size + mentions]);
  });
});
