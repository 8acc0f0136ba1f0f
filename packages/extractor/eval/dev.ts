/**
 * `pnpm eval:dev [--dir <dev-set>] [--verbose] [--out <graph.json>]`: extracts the shared
 * development set (real news with hand-made gold, ../shared/eval/dev beside the repo) with the
 * real pipeline and scores it with the shared scorer (tools/score-graph.mjs beside it), so the
 * figures are the ones the project is judged by. Prints the totals; --verbose adds the
 * per-document misses and extras for error analysis.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { extractFiles } from '../src/pipeline.js';
import { serializeGraph } from '../src/graph-order.js';

const ROOT = new URL('../../../', import.meta.url).pathname;

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: join(ROOT, '../shared/eval/dev') },
    verbose: { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});

const dir = resolve(values.dir!);
const docs = join(dir, 'docs'),
  gold = join(dir, 'gold');
const scorer = resolve(dir, '../../tools/score-graph.mjs');
for (const [what, path] of [
  ['documents', docs],
  ['gold', gold],
  ['scorer', scorer],
] as const) {
  if (!existsSync(path)) {
    console.error(`kg eval:dev: no ${what} at ${path} (the dev set lives outside the repo, in ../shared/eval/dev; pass --dir)`);
    process.exit(2);
  }
}

const { graph, failures } = await extractFiles([docs], { quiet: true, jobs: 1 });
for (const f of failures) console.error(`kg eval:dev: ${f.path}: ${f.reason}`);
const out = values.out ?? join(mkdtempSync(join(tmpdir(), 'kg-dev-')), 'graph.json');
writeFileSync(out, serializeGraph(graph));

const report = execFileSync(process.execPath, [scorer, out, gold], { encoding: 'utf8' });
const lines = report.trimEnd().split('\n');
const totals = lines[lines.length - 1]!;
if (values.verbose) console.log(lines.slice(0, -1).join('\n'));
console.log(`dev set: ${graph.documents.length} documents, ${graph.entities.length} entities, ${graph.relations.length} relations (graph: ${out})`);
console.log(totals);
