/**
 * The CSV files through the real reader: `neo4j-admin database import full`, run from the
 * jars of the local server (`pnpm neo4j:start` installs them) into a throwaway Neo4j home,
 * never the running server's. Checks the import succeeds with zero bad entries and the
 * node, relationship and property counts it reports are the model's.
 */
import { describe, it, expect, afterAll } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serverSettings } from '../../src/neo4j/server/config.js';
import { CSV_FILES } from '../../src/export/csv.js';
import { csvImportArgs, importedCounts, neo4jAdmin } from '../../src/neo4j/server/admin.js';
import { ARTICLE_PROPS, ENTITY_PROPS, RELATION_PROPS, type PropSpec } from '../../src/export/neo4j-model.js';
import { writeFormat, exportFormat } from '../../src/export/index.js';
import { foldedEdge } from '../../src/model.js';
import { cases } from './models.js';

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-admin-import-'));
afterAll(() => fs.rmSync(home, { recursive: true, force: true }));

/** Properties neo4j-admin should store for one row: the non-null, non-empty values (plus id on nodes). */
const stored = <T>(specs: readonly PropSpec<T>[], x: T): number =>
  specs.filter((p) => {
    const v = p.get(x);
    return v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0);
  }).length;

describe('neo4j-admin database import full', () => {
  const [, hostile] = cases();

  it('imports the hostile fixture with no bad entries and the expected counts', () => {
    const dir = path.join(home, 'csv');
    writeFormat(hostile.model, exportFormat('csv'), dir);
    expect(fs.readdirSync(dir).sort()).toEqual(Object.values(CSV_FILES).sort());
    fs.mkdirSync(path.join(home, 'conf'), { recursive: true });
    fs.writeFileSync(path.join(home, 'conf', 'neo4j.conf'), '');
    const out = neo4jAdmin(serverSettings(), csvImportArgs(dir, { reportFile: path.join(home, 'report.txt'), badTolerance: 0 }), { home, heap: '512m' });
    const counts = importedCounts(out);
    expect(counts).not.toBeNull();
    const { model, source } = hostile;
    const mentions = model.reduceNodes((n, _k, a) => n + a.articles.length, 0);
    const props =
      model.reduceNodes((n, _k, a) => n + 1 + stored(ENTITY_PROPS, a), 0) +
      source.documents.reduce((n, d) => n + 1 + stored(ARTICLE_PROPS, d), 0) +
      model.reduceEdges((n, k) => n + stored(RELATION_PROPS, foldedEdge(model, k)), 0) +
      model.reduceNodes((n, _k, a) => n + a.articles.length, 0); // MENTIONS.count
    expect(counts).toEqual({ nodes: model.order + source.documents.length, relationships: model.size + mentions, properties: props });
    expect(fs.readFileSync(path.join(home, 'report.txt'), 'utf8').trim()).toBe('');
  });
});
