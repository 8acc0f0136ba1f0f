/**
 * `kg export <graph.json...> --format <id|all> --out <file|dir>`: several graph.json files
 * are merged first. A single format writes --out as a file (a directory for csv); `all`
 * writes every format into the --out directory.
 */
import { Command, Option } from 'commander';
import path from 'node:path';
import { FORMAT_IDS, exportFormat, mergeGraphs, readGraph, toGraphology, writeExports, writeFormat } from '@kg/graph';

interface ExportOptions {
  format: string;
  out: string;
  seed?: string;
  quiet?: boolean;
}

export function exportCommand(): Command {
  return new Command('export')
    .description('Export graph.json (several are merged) as GEXF, GraphML, graphology JSON, neo4j-admin CSV or Cypher.')
    .argument('<graph...>', 'graph.json files')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...FORMAT_IDS, 'all']).makeOptionMandatory())
    .requiredOption('-o, --out <path>', 'output file (a directory for csv and all)')
    .option('--seed <n>', 'seed for communities and layout', '42')
    .option('-q, --quiet', 'no progress output')
    .action(async (files: string[], opts: ExportOptions) => {
      process.exitCode = await runExport(files, opts);
    });
}

async function runExport(files: string[], opts: ExportOptions): Promise<number> {
  const graphs = [];
  for (const f of files) {
    try {
      graphs.push(readGraph(f));
    } catch (e) {
      console.error((e as Error).message.replace(/^kg:/, 'kg export:'));
    }
  }
  if (graphs.length === 0) {
    console.error('kg export: no valid graph.json to export');
    return 2;
  }
  const graph = mergeGraphs(graphs);
  const seed = Number(opts.seed);
  if (!Number.isInteger(seed)) {
    console.error(`kg export: --seed must be an integer, got "${opts.seed}"`);
    return 2;
  }
  const written =
    opts.format === 'all'
      ? await writeExports(graph, opts.out, FORMAT_IDS, { seed, quiet: opts.quiet })
      : writeFormat(toGraphology(graph, { seed }), exportFormat(opts.format), path.resolve(opts.out));
  for (const file of written) console.log(`kg export: wrote ${file}`);
  return graphs.length === files.length ? 0 : 1;
}
