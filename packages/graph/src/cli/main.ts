#!/usr/bin/env -S node --import tsx
/**
 * The `kg` command: one program, one sub-command per job. Each package contributes its
 * commands; this file only assembles them.
 */
import { Command } from 'commander';
import { checkCommand, extractCommand } from '@kg/extractor';
import { loadCommand } from './load.js';
import { exportCommand } from './export.js';
import { neo4jCommand } from './neo4j.js';
import { buildCommand } from './build.js';
import { viewCommand } from './view.js';

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
