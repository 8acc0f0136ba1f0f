/**
 * Runs one Cypher query for the viewer's Cypher box, read-only on two counts: the session
 * is opened in READ access mode and the work runs through `executeRead`, so Neo4j itself
 * refuses a write. Neo4j also stops the transaction after `timeoutMs` (transaction
 * timeout), and streaming stops after `rowLimit` records (the rest is discarded, the
 * result says it was truncated). Results become plain JSON: the nodes and relationships
 * found anywhere in the records (inside paths, lists and maps too) and the rows, by the same
 * plainResult as the cookbook's runReadQuery (@kg/graph/query).
 */
import { integerParams, plainResult } from '@kg/graph/query';
import neo4j, { type Driver, type Record as Neo4jRecord } from 'neo4j-driver';
import type { CypherResult } from '../core/cypher/result.js';

export interface ReadLimits {
  /** Neo4j stops the transaction after this many milliseconds. */
  timeoutMs: number;
  /** At most this many rows are read; the result then has `truncated: true`. */
  rowLimit: number;
}

/** Runs `cypher` read-only within the limits; see the file comment. */
export async function runReadQuery(driver: Driver, cypher: string, params: Record<string, unknown>, limits: ReadLimits): Promise<CypherResult> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ, fetchSize: Math.min(limits.rowLimit + 1, 1000) });
  try {
    const { records, truncated } = await session.executeRead(
      async (tx) => {
        const kept: Neo4jRecord[] = [];
        // One record past the limit tells a full result from a cut one; leaving the loop discards the rest.
        for await (const record of tx.run(cypher, integerParams(params) as Record<string, unknown>)) {
          if (kept.length === limits.rowLimit) return { records: kept, truncated: true };
          kept.push(record);
        }
        return { records: kept, truncated: false };
      },
      { timeout: limits.timeoutMs },
    );
    return { ...plainResult(records), truncated, rowLimit: limits.rowLimit };
  } finally {
    await session.close();
  }
}
