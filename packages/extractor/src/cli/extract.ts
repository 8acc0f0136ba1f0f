/**
 * `kg extract <file-or-dir>... --out graph.json`: the thin shell around extractFiles.
 * Each bad input is one stderr line "kg extract: <path>: <reason>"; the rest still goes into
 * the graph. Exit codes follow the contract: 0 when at least one document was read (failures
 * reported), 2 when nothing could be read (no graph written), 1 on an internal error.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { serializeGraph } from '../graph-order.js';
import { DEFAULT_MAX_MB } from '../ingest/read.js';
import { extractFiles } from '../pipeline.js';
import { defaultJobs } from '../pool/pool.js';

const positiveInt = (name: string) => (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${name} must be a positive integer`);
  return n;
};
const positiveNumber = (name: string) => (v: string): number => {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`${name} must be a positive number`);
  return n;
};

export const EXIT = { OK: 0, ERROR: 1, NOTHING_READ: 2 } as const;

/** The `extract` sub-command, for the `kg` program. */
export function extractCommand(): Command {
  return new Command('extract')
    .description('Extract entities and relations from news articles (.txt .html .htm .md, Vietnamese or English) into one graph.json.')
    .argument('<file-or-dir...>', 'article files, or directories walked recursively for .txt .html .htm .md')
    .requiredOption('-o, --out <graph.json>', 'where to write the graph (contract version 1)')
    .addOption(new Option('-j, --jobs <n>', `worker threads (1 = in process); default: one per core (${defaultJobs()}) when the input is 8 MB or more, else in process`).argParser(positiveInt('--jobs')))
    .addOption(new Option('--max-size <MB>', 'skip files larger than this').argParser(positiveNumber('--max-size')).default(DEFAULT_MAX_MB))
    .option('-q, --quiet', 'no progress or summary on stderr (failures are still reported)')
    .addHelpText('after', `
Bad inputs (missing path, directory without articles, empty, binary, too large,
undecodable) are reported one line each on stderr, naming the file and the reason;
the other files are still extracted.

Exit codes:
  0  a graph was written (some inputs may have failed: see stderr)
  1  internal error (e.g. a plugin produced a graph that breaks the contract)
  2  nothing could be read; no graph written`)
    .action(async (inputs: string[], opts: { out: string; jobs?: number; maxSize: number; quiet?: boolean }) => {
      process.exitCode = await runExtract(inputs, opts);
    });
}

/** Runs the command; returns the exit code. */
export async function runExtract(inputs: string[], opts: { out: string; jobs?: number; maxSize: number; quiet?: boolean }): Promise<number> {
  let result;
  try {
    result = await extractFiles(inputs, { jobs: opts.jobs, maxMB: opts.maxSize, quiet: opts.quiet });
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return EXIT.ERROR;
  }
  for (const f of result.failures) process.stderr.write(`kg extract: ${f.path}: ${f.reason}\n`);
  if (result.read === 0) {
    process.stderr.write(`kg extract: nothing could be read; ${opts.out} not written\n`);
    return EXIT.NOTHING_READ;
  }
  await mkdir(dirname(opts.out), { recursive: true });
  await writeFile(opts.out, serializeGraph(result.graph));
  const g = result.graph;
  if (!opts.quiet)
    process.stderr.write(`kg extract: ${result.read} documents, ${g.entities.length} entities, ${g.relations.length} relations -> ${opts.out}`
      + `${result.failures.length ? ` (${result.failures.length} inputs failed)` : ''}\n`);
  return EXIT.OK;
}
