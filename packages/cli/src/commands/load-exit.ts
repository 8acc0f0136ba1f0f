/**
 * Exit codes of `kg load` and the wording of a load that stopped part-way (pure). The codes
 * are documented in `kg load --help` and the README's CLI reference.
 */

export const LOAD_EXIT = {
  /** Every file loaded. */
  OK: 0,
  /** A file is unreadable, not JSON or breaks the contract: nothing was written. */
  BAD_INPUT: 1,
  /** A bad option value: nothing was written. */
  USAGE: 2,
  /** Neo4j cannot be reached or refuses the credentials: nothing was written. */
  NO_DATABASE: 3,
  /** The load stopped part-way (server lost, a batch refused): committed batches stay; a re-run completes it. */
  STOPPED: 4,
} as const;

export const LOAD_EXIT_HELP = `
Exit codes:
  0  every file was loaded
  1  a file is unreadable, not JSON or breaks the contract (each bad field named); nothing written
  2  a bad option value; nothing written
  3  Neo4j cannot be reached or refuses NEO4J_USERNAME / NEO4J_PASSWORD; nothing written
  4  the load stopped part-way (the server went away, or a batch was refused): the batches
     committed before stay, the failed one was rolled back whole; run the same command
     again to complete it (loading is idempotent)`;

/** Driver error codes that mean the server went away, not that it refused the statement. */
const LOST = new Set(['ServiceUnavailable', 'SessionExpired']);

function codesOf(err: unknown): string[] {
  const out: string[] = [];
  for (let e = err as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++)
    if (typeof e.code === 'string') out.push(e.code);
  return out;
}

/**
 * One message for a load of `file` into `uri` that failed after it started writing.
 * `command` starts the line; `rerun` is what completes the load (`kg build` names `kg load`).
 */
export function describeLoadFailure(err: unknown, file: string, uri: string, command = 'kg load', rerun = 'the same `kg load`'): string {
  const why = (err instanceof Error ? err.message : String(err)).replace(/^kg load: /, '');
  if (codesOf(err).some((c) => LOST.has(c)))
    return (
      `${command}: ${file}: Neo4j at ${uri} stopped answering during the load (${why}). ` +
      `The batches committed before stay; when the server is back, run ${rerun} again to complete the load.`
    );
  return `${command}: ${file}: the load stopped part-way at ${uri}: ${why}. The batches committed before stay; fix the cause and run ${rerun} again.`;
}
