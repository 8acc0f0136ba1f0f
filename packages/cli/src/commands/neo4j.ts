/**
 * `kg neo4j start | stop | status | fetch`: the same as `pnpm neo4j:<cmd>`, from the kg CLI.
 */
import { Command } from 'commander';
import { runServerCommand } from '@kg/graph';

export function neo4jCommand(): Command {
  return new Command('neo4j')
    .description('Run the local Neo4j Community server (jars from Maven Central, auth disabled, 127.0.0.1 only).')
    .argument('<command>', 'start | stop | status | fetch')
    .action(async (cmd: string) => {
      try {
        process.exitCode = await runServerCommand(cmd);
      } catch (e) {
        console.error((e as Error).message);
        process.exitCode = 1;
      }
    });
}
