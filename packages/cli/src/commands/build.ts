/**
 * `kg build <inputs>`: the main job in one go — extract → merge → export → load.
 * Each stage reports its own progress. Files are written before loading, so a missing
 * Neo4j costs the load only.
 */
import { Command } from 'commander';
import fs from 'node:fs';
import path from 'node:path';
import { extractFiles, serializeGraph } from '@kg/extractor';
import { connect, loadGraph, Neo4jConnectError, writeExports } from '@kg/graph';

interface BuildOptions {
  out: string;
  load: boolean;
  jobs?: string;
  quiet?: boolean;
}

export function buildCommand(): Command {
  return new Command('build')
    .description('Extract the inputs, write graph.json and every export format to --out, and load the graph into Neo4j.')
    .argument('<inputs...>', 'article files or directories (.txt, .html, .htm, .md)')
    .option('-o, --out <dir>', 'output directory', 'out')
    .option('--no-load', 'skip loading into Neo4j')
    .option('-j, --jobs <n>', 'worker threads for extraction (default: one per core)')
    .option('-q, --quiet', 'no progress output')
    .addHelpText('after', '\nExit status: 0 done; 1 some inputs unreadable or the load failed (files are still written); 2 nothing could be read.')
    .action(async (inputs: string[], opts: BuildOptions) => {
      process.exitCode = await build(inputs, opts);
    });
}

async function build(inputs: string[], opts: BuildOptions): Promise<number> {
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
    console.error(e instanceof Neo4jConnectError ? e.message.replace(/^neo4j:/, 'kg build: not loaded:') : `kg build: ${(e as Error).message}`);
    return 1;
  }
  try {
    const r = await loadGraph(driver, graph, { quiet: opts.quiet });
    console.log(`kg build: loaded into Neo4j: ${r.entities} entities, ${r.edges} relationships, ${r.articles} articles (${(r.ms / 1000).toFixed(1)} s)`);
    return status;
  } catch (e) {
    console.error(`kg build: load failed: ${(e as Error).message}`);
    return 1;
  } finally {
    await driver.close();
  }
}
