/**
 * `kg load <graph.json...>`: validate every file against the contract, then load them into
 * Neo4j (NEO4J_URI, default the local server of `pnpm neo4j:start`). A file that breaks the
 * contract is reported field by field and nothing is written.
 */
import fs from 'node:fs';
import { Command } from 'commander';
import { Graph, formatIssues } from '@kg/extractor';
import { connect, connectionSettings, loadGraph, Neo4jConnectError } from '@kg/graph';
import { describeLoadFailure, LOAD_EXIT, LOAD_EXIT_HELP } from './load-exit.js';
import { addLoadOptions, parseLoadOptions, type LoadOptionValues } from './load-options.js';

interface LoadCliOptions extends LoadOptionValues {
  quiet?: boolean;
}

/** Reads and validates one file; returns the graph or the error lines naming each bad field. */
export function readForLoad(file: string): { graph: Graph } | { errors: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return { errors: [`kg load: ${file}: ${err.code ? `cannot read (${err.code})` : `not JSON (${err.message})`}`] };
  }
  const result = Graph.safeParse(data);
  if (result.success) return { graph: result.data };
  return { errors: formatIssues(result.error, 100).map((line) => `kg load: ${file}: ${line}`) };
}

export function loadCommand(): Command {
  return addLoadOptions(
    new Command('load')
      .description('Load graph.json files into Neo4j (idempotent: loading again adds nothing twice).')
      .argument('<graph...>', 'graph.json files, loaded in order'),
  )
    .option('-q, --quiet', 'no progress output')
    .addHelpText('after', LOAD_EXIT_HELP)
    .action(async (files: string[], opts: LoadCliOptions) => {
      process.exitCode = await runLoad(files, opts);
    });
}

async function runLoad(files: string[], opts: LoadCliOptions): Promise<number> {
  const load = parseLoadOptions('kg load', opts);
  if ('error' in load) {
    console.error(load.error);
    return LOAD_EXIT.USAGE;
  }
  const { batchSize, concurrency } = load;
  // Validate everything before writing anything.
  const graphs: { file: string; graph: Graph }[] = [];
  let bad = false;
  for (const file of files) {
    const r = readForLoad(file);
    if ('errors' in r) {
      bad = true;
      for (const line of r.errors) console.error(line);
    } else graphs.push({ file, graph: r.graph });
  }
  if (bad) {
    console.error('kg load: nothing was written');
    return LOAD_EXIT.BAD_INPUT;
  }
  const settings = connectionSettings();
  let driver;
  try {
    driver = await connect(settings);
  } catch (e) {
    console.error(e instanceof Neo4jConnectError ? e.message.replace(/^neo4j:/, 'kg load:') : `kg load: ${(e as Error).message}`);
    return LOAD_EXIT.NO_DATABASE;
  }
  let current = '';
  try {
    for (const { file, graph } of graphs) {
      current = file;
      const r = await loadGraph(driver, graph, { batchSize, concurrency, quiet: opts.quiet });
      console.log(
        `kg load: ${file}: ${r.articles} articles, ${r.entities} entities, ${r.mentions} mention links, ${r.edges} relationships in ${r.batches} transactions, ${(r.ms / 1000).toFixed(1)} s`,
      );
    }
    return LOAD_EXIT.OK;
  } catch (e) {
    console.error(describeLoadFailure(e, current, settings.uri));
    return LOAD_EXIT.STOPPED;
  } finally {
    await driver.close();
  }
}
