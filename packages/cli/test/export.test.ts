import { describe, it, expect, beforeEach, afterEach, jest } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { exportCommand } from '../src/commands/export.js';
import { writeExports, EXPORT_FORMATS } from '@kg/graph';
import { contractFixture } from '../../graph/test/model/fixtures.js';

const fixtures = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../graph/test/fixtures');

async function kgExport(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = jest.spyOn(console, 'log').mockImplementation((m: string) => {
    out.push(m);
  });
  const error = jest.spyOn(console, 'error').mockImplementation((m: string) => {
    err.push(m);
  });
  process.exitCode = 0;
  try {
    await exportCommand()
      .exitOverride()
      .configureOutput({ writeErr: () => {} })
      .parseAsync([...args, '--quiet'], { from: 'user' });
    return { code: Number(process.exitCode ?? 0), out, err };
  } finally {
    log.mockRestore();
    error.mockRestore();
    process.exitCode = 0;
  }
}

describe('kg export', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-export-'));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes one format to --out', async () => {
    const out = path.join(dir, 'g.json');
    const r = await kgExport([path.join(fixtures, 'graph.json'), '--format', 'json', '--out', out]);
    expect(r.code).toBe(0);
    const g = MultiDirectedGraph.from(JSON.parse(fs.readFileSync(out, 'utf8')));
    expect(g.order).toBe(contractFixture().entities.length);
  });

  it('merges several inputs, and reports a bad one by name while exporting the rest', async () => {
    const bad = path.join(dir, 'broken.json');
    fs.writeFileSync(bad, '{"version": 1, "documents": []}');
    const out = path.join(dir, 'g.graphml');
    const r = await kgExport([path.join(fixtures, 'model/part-a.json'), bad, path.join(fixtures, 'model/part-b.json'), '--format', 'graphml', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(new RegExp(`^kg export: ${bad} is not a valid graph.json: entities: Required`));
    expect(fs.readFileSync(out, 'utf8')).toContain('<node id="usa">');
  });

  it('fails with exit code 2 when no input is valid', async () => {
    const r = await kgExport([path.join(dir, 'missing.json'), '--format', 'gexf', '--out', path.join(dir, 'x.gexf')]);
    expect(r.code).toBe(2);
    expect(r.err).toEqual([`kg export: cannot read ${path.join(dir, 'missing.json')}: ENOENT`, 'kg export: no valid graph.json to export']);
    expect(fs.existsSync(path.join(dir, 'x.gexf'))).toBe(false);
  });

  it('rejects an unknown format', async () => {
    await expect(kgExport([path.join(fixtures, 'graph.json'), '--format', 'dot', '--out', dir])).rejects.toThrow(
      /Allowed choices are gexf, graphml, json, csv, cypher, all/,
    );
  });

  it('--format all writes every format, byte-identical on a second run', async () => {
    const r = await kgExport([path.join(fixtures, 'graph.json'), '--format', 'all', '--out', dir]);
    expect(r.code).toBe(0);
    const files = r.out.map((l) => l.replace('kg export: wrote ', ''));
    expect(files.map((f) => path.relative(dir, f)).sort()).toEqual([
      'graph.cypher',
      'graph.gexf',
      'graph.graphml',
      'graph.graphology.json',
      'neo4j-import/nodes_articles.csv',
      'neo4j-import/nodes_entities.csv',
      'neo4j-import/rels_mentions.csv',
      'neo4j-import/rels_relations.csv',
    ]);
    const first = files.map((f) => fs.readFileSync(f, 'utf8'));
    const again = await writeExports(contractFixture(), path.join(dir, 'again'), undefined, { quiet: true });
    expect(again.map((f) => fs.readFileSync(f, 'utf8'))).toEqual(first);
  });

  it('has a descriptor per format with a distinct file name', () => {
    expect(EXPORT_FORMATS.map((f) => f.id)).toEqual(['gexf', 'graphml', 'json', 'csv', 'cypher']);
    expect(new Set(EXPORT_FORMATS.map((f) => f.fileName)).size).toBe(5);
  });
});
