import { describe, it, expect } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { toNeo4jCsv, CSV_FILES, ARRAY_DELIMITER, DELIMITER_STANDIN } from '../../src/export/csv.js';
import { expectMatchesSource, type ReadEdge, type ReadNode } from './source-check.js';
import { cases } from './models.js';

/** Rows as header → raw cell; `null` for an empty unquoted field (neo4j-admin: no property). */
function read(text: string): { header: string[]; rows: Record<string, string | null>[] } {
  const records = parse(text, { raw: true }) as unknown as { raw: string; record: string[] }[];
  const [head, ...body] = records;
  return {
    header: head.record,
    rows: body.map(({ raw, record }) => {
      // csv-parse gives "" for both `,,` and `,"",`: tell them apart from the raw line.
      const cells = splitRaw(raw);
      return Object.fromEntries(head.record.map((h, i) => [h, cells[i] === '' ? null : record[i]]));
    }),
  };
}

/** Raw fields of one record (quotes kept), to see which empty fields were quoted. */
function splitRaw(raw: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const c of raw.replace(/\r?\n$/, '')) {
    if (c === '"') quoted = !quoted;
    if (c === ',' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

const list = (cell: string | null): string[] => (cell === null ? [] : cell.split(ARRAY_DELIMITER));
const standin = (s: string): string => s.replaceAll(';', DELIMITER_STANDIN);

describe.each(cases())('neo4j-admin CSV export of the $name', ({ source, model }) => {
  const files = toNeo4jCsv(model);
  const entities = read(files[CSV_FILES.entities]);
  const articles = read(files[CSV_FILES.articles]);
  const mentions = read(files[CSV_FILES.mentions]);
  const relations = read(files[CSV_FILES.relations]);

  it('writes the four files with typed neo4j-admin headers', () => {
    expect(Object.keys(files).sort()).toEqual(Object.values(CSV_FILES).sort());
    expect(entities.header).toEqual([
      'id:ID(Entity)',
      'name',
      'aliases:string[]',
      'wikidata',
      'mentionCount:int',
      'degree:int',
      'pagerank:float',
      'community:int',
      ':LABEL',
    ]);
    expect(articles.header).toEqual(['id:ID(Article)', 'title', 'lang', 'published', 'path', ':LABEL']);
    expect(mentions.header).toEqual([':START_ID(Article)', ':END_ID(Entity)', ':TYPE', 'count:int']);
    expect(relations.header).toEqual([
      ':START_ID(Entity)',
      ':END_ID(Entity)',
      ':TYPE',
      'key',
      'negated:boolean',
      'symmetric:boolean',
      'cameo',
      'quadClass',
      'confidence:float',
      'attributedTo',
      'firstSeen',
      'lastSeen',
      'topics:string[]',
      'dates:string[]',
      'weight:int',
      'evidenceKeys:string[]',
      'evidenceArticles:string[]',
      'evidenceSentences:string[]',
      'evidenceStarts:int[]',
      'evidenceEnds:int[]',
    ]);
  });

  it('writes one row per entity with labels, typed values and array fields', () => {
    expect(entities.rows).toHaveLength(model.order);
    for (const row of entities.rows) {
      const a = model.getNodeAttributes(row['id:ID(Entity)']!);
      expect(row[':LABEL']).toBe(`Entity;${a.kind}`);
      expect(row.name).toBe(a.label);
      expect(list(row['aliases:string[]'])).toEqual(a.aliases.map(standin));
      expect(row.wikidata).toBe(a.wikidata ?? null);
      expect(Number(row['mentionCount:int'])).toBe(a.mentions);
      expect(Number(row['pagerank:float'])).toBe(a.pagerank);
      expect(Number(row['community:int'])).toBe(a.community);
    }
  });

  it('writes articles with nulls as empty fields', () => {
    expect(articles.rows.map((r) => r['id:ID(Article)'])).toEqual(source.documents.map((d) => d.id));
    for (const [i, d] of source.documents.entries()) {
      expect(articles.rows[i]).toEqual({ 'id:ID(Article)': d.id, title: d.title, lang: d.lang, published: d.published, path: d.path, ':LABEL': 'Article' });
    }
  });

  it('only references ids that exist in the node files', () => {
    const entityIds = new Set(entities.rows.map((r) => r['id:ID(Entity)']));
    const articleIds = new Set(articles.rows.map((r) => r['id:ID(Article)']));
    for (const r of mentions.rows) {
      expect(articleIds.has(r[':START_ID(Article)'])).toBe(true);
      expect(entityIds.has(r[':END_ID(Entity)'])).toBe(true);
      expect(r[':TYPE']).toBe('MENTIONS');
      const e = source.entities.find((x) => x.id === r[':END_ID(Entity)'])!;
      expect(Number(r['count:int'])).toBe(e.mentions.filter((m) => m.doc === r[':START_ID(Article)']).length);
    }
    expect(mentions.rows).toHaveLength(source.entities.reduce((n, e) => n + new Set(e.mentions.map((m) => m.doc)).size, 0));
    for (const r of relations.rows) {
      expect(entityIds.has(r[':START_ID(Entity)'])).toBe(true);
      expect(entityIds.has(r[':END_ID(Entity)'])).toBe(true);
    }
  });

  it('writes one relationship per model edge with typed properties, keyed as the Bolt loader keys them', () => {
    expect(relations.rows).toHaveLength(model.size);
    for (const r of relations.rows) {
      const key = r.key!;
      expect(model.hasEdge(key)).toBe(true);
      const a = model.getEdgeAttributes(key);
      expect([r[':START_ID(Entity)'], r[':END_ID(Entity)']]).toEqual([model.source(key), model.target(key)]);
      expect(r[':TYPE']).toBe(a.predicate);
      expect(list(r['topics:string[]'])).toEqual(a.topics.map(standin));
      expect(list(r['dates:string[]'])).toEqual(a.dates);
      expect(r.attributedTo).toBe(a.attributedTo.length === 1 ? a.attributedTo[0] : null);
      expect(r.firstSeen).toBe(a.firstSeen);
      expect(r.lastSeen).toBe(a.lastSeen);
      expect(Number(r['weight:int'])).toBe(a.weight);
      expect(Number(r['confidence:float'])).toBe(a.confidence);
      expect(r['negated:boolean']).toBe(String(a.negated));
      expect(r['symmetric:boolean']).toBe(String(a.symmetric));
      expect(r.cameo).toBe(a.cameo);
      expect(r.quadClass).toBe(a.quadClass);
      // Evidence: one entry per distinct span, parallel lists.
      const spans = [...new Map(a.evidence.map((e) => [`${e.doc}:${e.start}-${e.end}`, e])).values()];
      expect(list(r['evidenceKeys:string[]'])).toEqual([...new Map(a.evidence.map((e) => [`${e.doc}:${e.start}-${e.end}`, e])).keys()]);
      expect(list(r['evidenceArticles:string[]'])).toEqual(spans.map((e) => e.doc));
      expect(list(r['evidenceSentences:string[]'])).toEqual(spans.map((e) => standin(e.sentence)));
      expect(list(r['evidenceStarts:int[]']).map(Number)).toEqual(spans.map((e) => e.start));
      expect(list(r['evidenceEnds:int[]']).map(Number)).toEqual(spans.map((e) => e.end));
      expect(spans).toHaveLength(a.weight);
    }
  });

  it('matches the source graph', () => {
    const nodes = new Map<string, ReadNode>(
      entities.rows.map((r) => [
        r['id:ID(Entity)']!,
        {
          label: r.name!,
          kind: r[':LABEL']!.replace(/^Entity;/, ''),
          aliases: list(r['aliases:string[]']),
        },
      ]),
    );
    const edges = new Map<string, ReadEdge>(
      relations.rows.map((r) => {
        return [
          r.key!,
          {
            source: r[':START_ID(Entity)']!,
            target: r[':END_ID(Entity)']!,
            predicate: r[':TYPE']!,
            negated: r['negated:boolean'] === 'true',
            topics: list(r['topics:string[]']),
            sentences: list(r['evidenceSentences:string[]']),
          },
        ];
      }),
    );
    expectMatchesSource(source, nodes, edges, standin);
  });
});

describe('CSV quoting', () => {
  it('quotes empty strings so they stay strings, and ";" inside list items becomes a stand-in', () => {
    const [contract, hostile] = cases();
    expect(toNeo4jCsv(hostile.model)[CSV_FILES.entities]).toContain(`O'Brien${DELIMITER_STANDIN} Jr.`);
    // HOLDS_POSITION has no CAMEO code: an empty string, quoted, not a missing value.
    const rel = toNeo4jCsv(contract.model)
      [CSV_FILES.relations].split('\n')
      .find((l) => l.startsWith('jens-stoltenberg,nato,HOLDS_POSITION'))!;
    expect(rel).toContain(',"",neutral,');
  });
});
