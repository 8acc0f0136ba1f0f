/** extractFiles over the seeds: walking, contract validity, canonical order, same output in process and on workers. */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { extractFiles } from '../../src/pipeline.js';
import { serializeGraph } from '../../src/graph-order.js';
import { Graph } from '../../src/schema.js';
import { plugins } from '../../src/lang/index.js';

const SEEDS = new URL('../../../../seeds/', import.meta.url).pathname;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-pipeline-'));
  // 20 documents in nested folders, plus files the walk must skip.
  for (let i = 0; i < 4; i++) {
    mkdirSync(join(dir, `batch${i}`, 'deep'), { recursive: true });
    cpSync(SEEDS, join(dir, `batch${i}`, 'deep'), { recursive: true, filter: () => true });
  }
  writeFileSync(join(dir, 'notes.json'), '{}');
  writeFileSync(join(dir, 'batch0', 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('extractFiles', () => {
  it('reads the seeds into a contract graph with the cleaned text', async () => {
    const { graph, failures, read } = await extractFiles([SEEDS], { jobs: 1, quiet: true });
    expect(failures).toEqual([]);
    expect(read).toBe(5);
    expect(Graph.safeParse(graph).success).toBe(true);
    expect(graph.documents.map((d) => d.id)).toEqual([...graph.documents.map((d) => d.id)].sort());
    const doc = graph.documents[0];
    expect(doc).toMatchObject({ id: '000_a4d32bf12a255a0f', lang: 'vi', published: null });
    expect(doc.path.endsWith('seeds/000_a4d32bf12a255a0f.txt')).toBe(true);
    expect(doc.text).toContain('mối đe dọa lớn nhất');
    expect(doc.text).not.toContain('Tin liên quan');
  });

  it('stores the text every offset points into (mentions and evidence slice to their own text)', async () => {
    const EN = new URL('../fixtures/en/', import.meta.url).pathname;
    const { graph } = await extractFiles([SEEDS, EN], { jobs: 1, quiet: true });
    expect(graph.entities.length).toBeGreaterThan(0); // the language plugins are real: the check bites
    const text = new Map(graph.documents.map((d) => [d.id, d.text ?? '']));
    const wrong: string[] = [];
    for (const e of graph.entities)
      for (const m of e.mentions) if (text.get(m.doc)!.slice(m.start, m.end) !== m.text) wrong.push(`${e.id} ${m.doc}:${m.start}-${m.end}`);
    for (const r of graph.relations)
      for (const ev of r.evidence) if (text.get(ev.doc)!.slice(ev.start, ev.end) !== ev.sentence) wrong.push(`${r.predicate} ${ev.doc}:${ev.start}-${ev.end}`);
    expect(wrong).toEqual([]);
  });

  it('reports duplicate ids and skips unlisted extensions silently in directories', async () => {
    const { failures, read } = await extractFiles([dir], { jobs: 1, quiet: true });
    expect(read).toBe(5);
    // The same file names in batch1..3 collide with batch0's: one line each, naming both files.
    expect(failures).toHaveLength(15);
    expect(failures[0].reason).toMatch(/^duplicate document id "000_a4d32bf12a255a0f" \(already read from .*batch0/);
    expect(failures.some((f) => /notes\.json|image\.png/.test(f.path))).toBe(false);
  });

  it('gives byte-identical output on workers and in process, run after run', async () => {
    const copies = join(dir, 'copies');
    mkdirSync(copies);
    for (let i = 0; i < 4; i++)
      for (const f of ['000_a4d32bf12a255a0f', '001_3298bbd3cf616ebd', '003_7159ef61d58be689']) cpSync(join(SEEDS, `${f}.txt`), join(copies, `${f}-${i}.txt`));
    const single = serializeGraph((await extractFiles([copies], { jobs: 1, quiet: true })).graph);
    const pooled = await extractFiles([copies], { jobs: 2, quiet: true });
    expect(pooled.read).toBe(12);
    expect(serializeGraph(pooled.graph)).toBe(single);
    expect(serializeGraph((await extractFiles([copies], { jobs: 1, quiet: true })).graph)).toBe(single);
  });

  it('reports a page its parser throws on and still extracts the rest', async () => {
    const broken = join(mkdtempSync(join(dir, 'broken-')), 'broken.html'); // apart from the walked batches above
    writeFileSync(broken, '<');
    const { graph, failures, read } = await extractFiles([join(SEEDS, '002_718fd42adc70d8c4.txt'), broken], { jobs: 1, quiet: true });
    expect(read).toBe(1);
    expect(graph.documents.map((d) => d.id)).toEqual(['002_718fd42adc70d8c4']);
    expect(failures).toEqual([{ path: broken, reason: expect.stringMatching(/^cannot parse as HTML/) }]);
  });

  it('keeps a document whose plugin throws, without entities, and reports it', async () => {
    const original = plugins.vi;
    plugins.vi = {
      lang: 'vi',
      extract: () => {
        throw new Error('boom');
      },
    };
    try {
      const { graph, failures, read } = await extractFiles([join(SEEDS, '002_718fd42adc70d8c4.txt')], { jobs: 1, quiet: true });
      expect(read).toBe(1);
      expect(failures).toEqual([{ path: join(SEEDS, '002_718fd42adc70d8c4.txt'), reason: 'extraction failed, document kept without entities (boom)' }]);
      expect(graph.documents[0].text).toContain('Grudia gia nhập NATO');
      expect(graph.entities).toEqual([]);
    } finally {
      plugins.vi = original;
    }
  });
});

describe('collectInputs', () => {
  it('takes a file once however it is reached, and reports no empty directory for one already walked', async () => {
    const { collectInputs } = await import('../../src/pipeline.js');
    const root = mkdtempSync(join(tmpdir(), 'kg-inputs-'));
    try {
      mkdirSync(join(root, 'd', 'sub'), { recursive: true });
      writeFileSync(join(root, 'd', 'a.txt'), 'x');
      writeFileSync(join(root, 'd', 'sub', 'b.txt'), 'x');
      const { files, failures } = await collectInputs([join(root, 'd', 'a.txt'), join(root, 'd'), join(root, 'd', 'sub'), join(root, 'd')]);
      expect(files).toEqual([join(root, 'd', 'a.txt'), join(root, 'd', 'sub', 'b.txt')]);
      expect(failures).toEqual([]);
      const only = await collectInputs([join(root, 'd', 'sub', 'b.txt'), join(root, 'd', 'sub')]);
      expect(only).toEqual({ files: [join(root, 'd', 'sub', 'b.txt')], failures: [] });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
