/**
 * POST /api/cypher runs queries through the graph package's `runReadQuery`
 * (packages/graph/src/neo4j/query.ts): a READ session and a read transaction, so Neo4j
 * itself refuses writes. This file only opens the driver and words the errors.
 */
import type { Driver } from 'neo4j-driver';
import { connect } from '../../../graph/src/neo4j/connect.js';
export { runReadQuery } from '../../../graph/src/neo4j/query.js';

/** Opens the project's driver (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD; see packages/graph/src/neo4j/connect.ts). */
export const openDriver = (): Promise<Driver> => connect();

/** A Neo4j error as one readable line: the server's code and message. */
export function readableError(err: unknown): string {
  const e = err as { code?: string; message?: string };
  const msg = (e.message ?? String(err)).split('\n').filter((l) => l.trim()).slice(0, 3).join(' ');
  return e.code ? `${e.code}: ${msg}` : msg;
}
