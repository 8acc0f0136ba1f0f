/** Stand-alone entry for `extract` (the CLI test runs this as a child process): the same command `kg` mounts. */
import { Command } from 'commander';
import { extractCommand } from '../../src/cli/extract.js';

await new Command('kg').addCommand(extractCommand()).parseAsync(process.argv);
