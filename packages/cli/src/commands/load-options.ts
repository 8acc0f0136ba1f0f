/**
 * The load options `kg load` and `kg build` share: rows per transaction and batches in flight,
 * with the loader's defaults, checked once here.
 */
import type { Command } from 'commander';

export interface LoadOptionValues {
  batchSize: string;
  concurrency: string;
}

export function addLoadOptions(cmd: Command): Command {
  return cmd.option('-b, --batch-size <n>', 'rows per transaction', '5000').option('-c, --concurrency <n>', 'batches of a phase in flight at once', '2');
}

/** The numbers, or the one line that says what is wrong (`command` names the program). */
export function parseLoadOptions(command: string, o: LoadOptionValues): { batchSize: number; concurrency: number } | { error: string } {
  const batchSize = Number(o.batchSize);
  const concurrency = Number(o.concurrency);
  if (!Number.isInteger(batchSize) || batchSize < 1 || !Number.isInteger(concurrency) || concurrency < 1)
    return { error: `${command}: --batch-size and --concurrency must be positive integers` };
  return { batchSize, concurrency };
}
