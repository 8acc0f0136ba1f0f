/**
 * The Neo4j side of POST /api/cypher: opens the driver (NEO4J_URI, NEO4J_USERNAME,
 * NEO4J_PASSWORD unless given; see packages/graph/src/neo4j/connect.ts) and words errors.
 * The query itself runs in read-query.ts after the pre-check of cypher-guard.ts.
 */
import type { Driver } from 'neo4j-driver';
import { connect, connectionSettings, type ConnectionSettings } from '@kg/graph';

export type { ConnectionSettings };

/** The settings from the environment (read once, when the server starts). */
export const settingsFromEnv = (): ConnectionSettings => connectionSettings();

/** Opens the project's driver and checks that Neo4j answers. */
export const openDriver = (settings: ConnectionSettings): Promise<Driver> => connect(settings);

/** A Neo4j error as one readable line: the server's code and message; a time-out says so. */
export function readableError(err: unknown, timeoutMs: number): string {
  const e = err as { code?: string; message?: string };
  if (e.code?.startsWith('Neo.ClientError.Transaction.TransactionTimedOut'))
    return `${e.code}: the query ran longer than the viewer's time-out (${timeoutMs / 1000} s) and was stopped`;
  const msg = (e.message ?? String(err))
    .split('\n')
    .filter((l) => l.trim())
    .slice(0, 3)
    .join(' ');
  return e.code ? `${e.code}: ${msg}` : msg;
}
