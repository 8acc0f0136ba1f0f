/**
 * `kg check <graph.json> [--sources dir]`: the shell around checkGraph. Exit codes: 0 the file
 * keeps the contract, 1 it does not (one line per problem on stdout), 2 it cannot be read or
 * is not JSON.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { checkGraph } from '@kg/extractor';

export const CHECK_EXIT = { OK: 0, BROKEN: 1, UNREADABLE: 2 } as const;

export function checkCommand(): Command {
  return new Command('check')
    .description('Check a graph.json against the contract (docs/contract.md): shape, vocabulary, references, duplicates, offsets.')
    .argument('<graph.json>', 'the graph to check')
    .option('-s, --sources <dir>', 'also check that evidence sentences come from <dir>/<doc id>.txt')
    .addHelpText('after', '\nExit codes:\n  0  the file keeps the contract\n  1  it does not (one line per problem)\n  2  it cannot be read or is not JSON')
    .action((file: string, opts: { sources?: string }) => {
      process.exitCode = runCheck(file, opts);
    });
}

export function runCheck(file: string, opts: { sources?: string } = {}): number {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    process.stderr.write(`kg check: ${file}: ${(e as Error).message}\n`);
    return CHECK_EXIT.UNREADABLE;
  }
  const sourceOf = opts.sources
    ? (id: string): string | undefined => {
        const p = join(opts.sources!, `${id}.txt`);
        return existsSync(p) ? readFileSync(p, 'utf8') : undefined;
      }
    : undefined;
  const r = checkGraph(raw, sourceOf);
  process.stdout.write(`${file}: ${r.counts.documents} documents, ${r.counts.entities} entities, ${r.counts.relations} relations\n`);
  if (!r.ok) {
    process.stdout.write(r.problems.map((p) => `  - ${p}\n`).join(''));
    return CHECK_EXIT.BROKEN;
  }
  process.stdout.write('contract: ok\n');
  return CHECK_EXIT.OK;
}
