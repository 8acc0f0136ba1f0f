#!/usr/bin/env -S node --import tsx
/**
 * The `kg` command: one program, one sub-command per job. Each package contributes its
 * commands; this file only assembles them.
 */
import { Command } from 'commander';
import { checkCommand } from './commands/check.js';
import { extractCommand } from './commands/extract.js';
import { loadCommand } from './commands/load.js';
import { exportCommand } from './commands/export.js';
import { neo4jCommand } from './commands/neo4j.js';
import { buildCommand } from './commands/build.js';
import { viewCommand } from './commands/view.js';

// A reader that stops early (`kg build … | head -1`) closes stdout: the job still finishes (files
// written, graph loaded) and only its remaining output is dropped, instead of a crash mid-load.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED') throw e;
});

const program = new Command('kg')
  .description('Knowledge graphs from international news: extract, load into Neo4j, export, view.')
  .showHelpAfterError()
  .addCommand(extractCommand())
  .addCommand(checkCommand())
  .addCommand(buildCommand())
  .addCommand(loadCommand())
  .addCommand(exportCommand())
  .addCommand(viewCommand())
  .addCommand(neo4jCommand());

await program.parseAsync(process.argv);
