import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import neo4j, { type Driver } from 'neo4j-driver';
import { connect } from '../../src/neo4j/connect.js';
import { toCypher, cypherString, cypherName } from '../../src/export/cypher.js';
import { expectMatchesSource, type ReadEdge, type ReadNode } from './source-check.js';
import { cases } from './models.js';

/** The script's statements: one per line, comments skipped (the format promises this). */
const statements = (script: string): string[] => script.split('\n').filter((l) => l.trim() && !l.startsWith('//'));

const num = (v: unknown): unknown => (neo4j.isInt(v) ? (v as { toNumber(): number }).toNumber() : v);
const plain = (o: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, num(v)]));

let driver: Driver;
let constraintsBefore = new Set<string>();
const constraintNames = async (): Promise<Set<string>> => new Set((await run('SHOW CONSTRAINTS YIELD name RETURN name')).map((r) => r.name as string));

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

  it("creates every entity with labels Entity + kind and the loader's property names", async () => {
    const rows = await run('MATCH (n:Entity) RETURN n.id AS id, labels(n) AS labels, properties(n) AS p');
    expect(rows).toHaveLength(model.order);
    for (const row of rows) {
      const a = model.getNodeAttributes(row.id as string);
      expect((row.labels as string[]).sort()).toEqual(['Entity', a.kind].sort());
      const expected: Record<string, unknown> = {
        id: row.id,
        name: a.label,
        ...(a.aliases.length ? { aliases: a.aliases } : {}),
        mentionCount: a.mentions,
        degree: a.degree,
        pagerank: a.pagerank,
        community: a.community,
      };
      if (a.wikidata) expected.wikidata = a.wikidata;
      expect(plain(row.p as Record<string, unknown>)).toEqual(expected);
    }
  });

  it('creates the articles and MENTIONS with per-article counts', async () => {
    const rows = await run('MATCH (d:Article) RETURN properties(d) AS p ORDER BY d.id');
    expect(rows.map((r) => r.p)).toEqual(
      [...source.documents]
        .sort((x, y) => (x.id < y.id ? -1 : 1))
        .map((d) => {
          const p: Record<string, unknown> = { id: d.id, title: d.title, path: d.path, lang: d.lang };
          if (d.published !== null) p.published = d.published;
          return p;
        }),
    );
    const mentions = await run('MATCH (d:Article)-[m:MENTIONS]->(e:Entity) RETURN d.id AS d, e.id AS e, m.count AS count ORDER BY e, d');
    const expected = source.entities
      .flatMap((e) => [...new Set(e.mentions.map((m) => m.doc))].map((d) => ({ d, e: e.id, count: e.mentions.filter((m) => m.doc === d).length })))
      .sort((x, y) => (x.e < y.e ? -1 : x.e > y.e ? 1 : x.d < y.d ? -1 : 1));
    expect(mentions.map(plain)).toEqual(expected);
  });

  it("creates one relationship per model edge, typed by predicate, with the loader's key and evidence lists", async () => {
    const rows = await run('MATCH (s:Entity)-[r]->(t:Entity) RETURN s.id AS s, t.id AS t, type(r) AS type, properties(r) AS p');
    expect(rows).toHaveLength(model.size);
    for (const row of rows) {
      const p = plain(row.p as Record<string, unknown>);
      const key = p.key as string;
      const a = model.getEdgeAttributes(key);
      expect([row.s, row.t, row.type]).toEqual([model.source(key), model.target(key), a.predicate]);
      const spans = [...new Map(a.evidence.map((e) => [`${e.doc}:${e.start}-${e.end}`, e])).entries()];
      const expected: Record<string, unknown> = {
        key: p.key,
        negated: a.negated,
        symmetric: a.symmetric,
        cameo: a.cameo,
        quadClass: a.quadClass,
        confidence: a.confidence,
        weight: a.weight,
        evidenceKeys: spans.map(([k]) => k),
        evidenceArticles: spans.map(([, e]) => e.doc),
        evidenceSentences: spans.map(([, e]) => e.sentence),
        evidenceStarts: spans.map(([, e]) => e.start),
        evidenceEnds: spans.map(([, e]) => e.end),
      };
      if (a.attributedTo.length === 1) expected.attributedTo = a.attributedTo[0];
      // An empty list is no property (as neo4j-admin import stores it).
      if (a.topics.length) expected.topics = a.topics;
      if (a.dates.length) expected.dates = a.dates;
      if (a.firstSeen !== null) expected.firstSeen = a.firstSeen;
      if (a.lastSeen !== null) expected.lastSeen = a.lastSeen;
      p.evidenceStarts = (p.evidenceStarts as unknown[]).map(num);
      p.evidenceEnds = (p.evidenceEnds as unknown[]).map(num);
      expect(p).toEqual(expected);
    }
  });

  it('matches the source graph', async () => {
    const ns = await run('MATCH (n:Entity) RETURN n.id AS id, n.name AS name, [l IN labels(n) WHERE l <> "Entity"][0] AS kind, n.aliases AS aliases');
    const nodes = new Map<string, ReadNode>(
      ns.map((r) => [r.id as string, { label: r.name as string, kind: r.kind as string, aliases: (r.aliases ?? []) as string[] }]),
    );
    const rs = await run(
      'MATCH (s:Entity)-[r]->(t:Entity) RETURN s.id AS s, t.id AS t, type(r) AS type, r.negated AS negated, r.topics AS topics, r.evidenceSentences AS sentences',
    );
    const edges = new Map<string, ReadEdge>(
      rs.map((r) => [
        `${r.s}|${r.type}|${r.t}|${r.negated ? 'negated' : 'affirmed'}`,
        {
          source: r.s as string,
          target: r.t as string,
          predicate: r.type as string,
          negated: r.negated as boolean,
          topics: (r.topics ?? []) as string[],
          sentences: r.sentences as string[],
        },
      ]),
    );
    expectMatchesSource(source, nodes, edges);
  });

  it('can run twice without duplicating anything (MERGE)', async () => {
    for (const s of statements(script)) await run(s);
    const [{ n, r }] = await run('MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS n, count(r) AS r');
    const mentions = model.reduceNodes((acc, _k, a) => acc + a.articles.length, 0);
    expect([num(n), num(r)]).toEqual([model.order + source.documents.length, model.size + mentions]);
  });
});
