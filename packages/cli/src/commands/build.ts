/**
 * `kg build <inputs>`: the main job in one go — extract → merge → export → load.
 * Each stage reports its own progress. Files are written before loading, so a missing
 * Neo4j costs the load only.
 */
import { Command } from 'commander';
import fs from 'node:fs';
import path from 'node:path';
import { extractFiles, serializeGraph } from '@kg/extractor';
import { connect, connectionSettings, loadGraph, Neo4jConnectError, writeExports } from '@kg/graph';
import { describeLoadFailure, LOAD_EXIT } from './load-exit.js';
import { addLoadOptions, parseLoadOptions, type LoadOptionValues } from './load-options.js';

interface BuildOptions extends LoadOptionValues {
  out: string;
  load: boolean;
  jobs?: string;
  quiet?: boolean;
}

const BUILD_EXIT_HELP = `
Exit codes (graph.json and the exports are written before loading, so they exist with 1, 3 and 4):
  0  done
  1  some inputs were unreadable (each named); the others were extracted, written and loaded
  2  nothing could be read, or a bad option value; nothing written
  3  Neo4j cannot be reached or refuses NEO4J_USERNAME / NEO4J_PASSWORD; nothing loaded
  4  the load stopped part-way: committed batches stay; \`kg load <out>/graph.json\` completes it`;

export function buildCommand(): Command {
  return addLoadOptions(
    new Command('build')
      .description('Extract the inputs, write graph.json and every export format to --out, and load the graph into Neo4j.')
      .argument('<inputs...>', 'article files or directories (.txt, .html, .htm, .md)')
      .option('-o, --out <dir>', 'output directory', 'out')
      .option('--no-load', 'skip loading into Neo4j'),
  )
    .option('-j, --jobs <n>', 'worker threads for extraction (default: one per core)')
    .option('-q, --quiet', 'no progress output')
    .addHelpText('after', BUILD_EXIT_HELP)
    .action(async (inputs: string[], opts: BuildOptions) => {
      process.exitCode = await build(inputs, opts);
    });
}

async function build(inputs: string[], opts: BuildOptions): Promise<number> {
  const load = parseLoadOptions('kg build', opts);
  if ('error' in load) {
    console.error(load.error);
    return 2;
  }
  const { graph, failures } = await extractFiles(inputs, { jobs: opts.jobs ? Number(opts.jobs) : undefined, quiet: opts.quiet });
  for (const f of failures) console.error(`kg build: ${f.path}: ${f.reason}`);
  if (graph.documents.length === 0) {
    console.error('kg build: nothing could be read; no graph written');
    return 2;
  }
  fs.mkdirSync(opts.out, { recursive: true });
  const graphFile = path.join(opts.out, 'graph.json');
  fs.writeFileSync(graphFile, serializeGraph(graph));
  const written = await writeExports(graph, opts.out, undefined, { quiet: opts.quiet });
  console.log(`kg build: ${graph.documents.length} documents, ${graph.entities.length} entities, ${graph.relations.length} relations`);
  for (const file of [graphFile, ...written]) console.log(`  wrote ${file}`);
  const status = failures.length ? 1 : 0;
  if (!opts.load) return status;
  let driver;
  try {
    driver = await connect();
  } catch (e) {
    if (!(e instanceof Neo4jConnectError)) throw e;
    console.error(e.message.replace(/^neo4j:/, 'kg build: not loaded:'));
    return LOAD_EXIT.NO_DATABASE;
  }
  try {
    const r = await loadGraph(driver, graph, { ...load, quiet: opts.quiet });
    console.log(`kg build: loaded into Neo4j: ${r.entities} entities, ${r.edges} relationships, ${r.articles} articles (${(r.ms / 1000).toFixed(1)} s)`);
    return status;
  } catch (e) {
    console.error(describeLoadFailure(e, graphFile, connectionSettings().uri, 'kg build', `\`kg load ${graphFile}\``));
    return LOAD_EXIT.STOPPED;
  } finally {
    await driver.close();
  }
}
