/**
 * `pnpm eval [--verbose] [--json <file>]`: runs the real extraction pipeline over eval/articles
 * and scores it against eval/gold (method in README.md).
 */
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFiles } from '../src/pipeline.js';
import { loadGold } from './gold.js';
import { formatErrors, formatSummary } from './report.js';
import { scoreGraph, summarize } from './score.js';

const here = dirname(fileURLToPath(import.meta.url));

/** The commit measured, marked when the extractor's code or data differ from it in the working tree. */
function commit(): string {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: here, encoding: 'utf8' }).trim();
  try {
    const dirty = git('status', '--porcelain', '--', '../src', '../data');
    return git('rev-parse', '--short', 'HEAD') + (dirty ? ' + uncommitted extractor changes' : '');
  } catch {
    return 'unknown';
  }
}

async function main(argv: string[]): Promise<void> {
  const verbose = argv.includes('--verbose');
  const jsonAt = argv.indexOf('--json');
  const jsonOut = jsonAt >= 0 ? argv[jsonAt + 1] : undefined;
  if (jsonAt >= 0 && !jsonOut) throw new Error('kg eval: --json needs a file name');

  const gold = await loadGold(join(here, 'gold'));
  const { graph, failures } = await extractFiles([join(here, 'articles')], { quiet: true, jobs: 1 });
  for (const f of failures) console.error(`kg eval: ${f.path}: ${f.reason}`);
  const unannotated = graph.documents.filter((d) => !gold.has(d.id)).map((d) => d.id);
  if (unannotated.length) console.error(`kg eval: no gold for ${unannotated.join(', ')} (not scored)`);

  const scores = scoreGraph(graph, gold);
  console.log(`kg eval — ${scores.length} held-out documents, commit ${commit()}, ${new Date().toISOString().slice(0, 10)}\n`);
  console.log(formatSummary(scores));
  if (verbose) console.log(formatErrors(scores));
  if (jsonOut) {
    await writeFile(jsonOut, JSON.stringify({ commit: commit(), summary: summarize(scores), graph }, null, 1));
    console.log(`\nwrote ${jsonOut}`);
  }
}

main(process.argv.slice(2)).catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});
