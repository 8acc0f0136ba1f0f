/**
 * `kg extract <file-or-dir>... --out graph.json`: the thin shell around extractFiles.
 * Each bad input is one stderr line "kg extract: <path>: <reason>"; the rest still goes into
 * the graph. Exit codes follow the contract: 0 when at least one document was read (failures
 * reported), 2 when nothing could be read (no graph written), 1 on an internal error.
 * graph.json is streamed to a temporary file beside it and renamed into place: never held
 * whole in memory, never left half-written.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Command, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_MAX_MB, DEFAULT_MAX_TEXT_MB, defaultJobs, extractFiles, graphChunks, type Graph } from '@kg/extractor';

const positiveInt =
  (name: string) =>
  (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${name} must be a positive integer`);
    return n;
  };
const positiveNumber =
  (name: string) =>
  (v: string): number => {
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
    .addOption(
      new Option(
        '-j, --jobs <n>',
        `worker threads (1 = in process); default: one per core (${defaultJobs()}) when the input is 8 MB or more, else in process`,
      ).argParser(positiveInt('--jobs')),
    )
    .addOption(
      new Option('--max-size <MB>', 'refuse files larger than this (checked before reading)').argParser(positiveNumber('--max-size')).default(DEFAULT_MAX_MB),
    )
    .addOption(
      new Option('--max-text <MB>', 'refuse documents whose cleaned text is longer than this')
        .argParser(positiveNumber('--max-text'))
        .default(DEFAULT_MAX_TEXT_MB),
    )
    .option('-q, --quiet', 'no progress or summary on stderr (failures are still reported)')
    .addHelpText(
      'after',
      `
Bad inputs (missing path, directory without articles, empty, binary, too large,
text too long, undecodable, broken or looping symbolic link, a worker crash on a file)
are reported one line each on stderr, naming the file and the reason; the other files
are still extracted.

Exit codes:
  0  a graph was written (some inputs may have failed: see stderr)
  1  internal error (a plugin produced a graph that breaks the contract), or
     the output cannot be written
  2  nothing could be read; no graph written`,
    )
    .action(async (inputs: string[], opts: ExtractCliOptions) => {
      process.exitCode = await runExtract(inputs, opts);
    });
}

export interface ExtractCliOptions {
  out: string;
  jobs?: number;
  maxSize: number;
  maxText?: number;
  quiet?: boolean;
}

/** Streams `graph` to `out` through a temporary file renamed into place. */
export async function writeGraph(out: string, graph: Graph): Promise<void> {
  await mkdir(dirname(out), { recursive: true });
  const tmp = `${out}.${process.pid}.tmp`;
  try {
    await pipeline(Readable.from(graphChunks(graph)), createWriteStream(tmp));
    await rename(tmp, out);
  } finally {
    await rm(tmp, { force: true });
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Runs the command; returns the exit code. */
export async function runExtract(inputs: string[], opts: ExtractCliOptions): Promise<number> {
  const t0 = performance.now();
  let result;
  try {
    result = await extractFiles(inputs, { jobs: opts.jobs, maxMB: opts.maxSize, maxTextMB: opts.maxText, quiet: opts.quiet });
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return EXIT.ERROR;
  }
  for (const f of result.failures) process.stderr.write(`kg extract: ${f.path}: ${f.reason}\n`);
  if (result.read === 0) {
    process.stderr.write(`kg extract: nothing could be read; ${opts.out} not written\n`);
    return EXIT.NOTHING_READ;
  }
  const t1 = performance.now();
  try {
    await writeGraph(opts.out, result.graph);
  } catch (e) {
    process.stderr.write(`kg extract: ${opts.out}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
    return EXIT.ERROR;
  }
  const g = result.graph;
  const { ms } = result;
  if (!opts.quiet)
    process.stderr.write(
      `kg extract: ${result.read} documents, ${g.entities.length} entities, ${g.relations.length} relations -> ${opts.out}` +
        `${result.failures.length ? ` (${result.failures.length} inputs failed)` : ''}` +
        ` in ${seconds(performance.now() - t0)} (extract ${seconds(ms.extract)}, merge ${seconds(ms.merge)}, check ${seconds(ms.check)}, write ${seconds(performance.now() - t1)})\n`,
    );
  return EXIT.OK;
}
