/**
 * Runs one Cypher query for the viewer's Cypher box, read-only on two counts: the session
 * is opened in READ access mode and the work runs through `executeRead`, so Neo4j itself
 * refuses a write. Neo4j also stops the transaction after `timeoutMs` (transaction
 * timeout), and streaming stops after `rowLimit` records (the rest is discarded, the
 * result says it was truncated). Results become plain JSON: the nodes and relationships
 * found anywhere in the records (inside paths, lists and maps too) and the rows.
 */
import neo4j, { isNode, isPath, isRelationship, type Driver, type Node, type Record as Neo4jRecord, type Relationship } from 'neo4j-driver';
import type { CypherEdge, CypherNode, CypherResult } from '../core/cypher/result.js';

export interface ReadLimits {
  /** Neo4j stops the transaction after this many milliseconds. */
  timeoutMs: number;
  /** At most this many rows are read; the result then has `truncated: true`. */
  rowLimit: number;
}

/** Collects the graph objects of a result while turning values into plain JSON. */
class Collector {
  nodes = new Map<string, CypherNode>();
  edges = new Map<string, CypherEdge>();

  node(n: Node): CypherNode {
    let out = this.nodes.get(n.elementId);
    if (!out) this.nodes.set(n.elementId, (out = { id: n.elementId, labels: [...n.labels], properties: this.props(n.properties) }));
    return out;
  }

  edge(r: Relationship): CypherEdge {
    let out = this.edges.get(r.elementId);
    if (!out)
      this.edges.set(
        r.elementId,
        (out = { id: r.elementId, type: r.type, source: r.startNodeElementId, target: r.endNodeElementId, properties: this.props(r.properties) }),
      );
    return out;
  }

  props(p: Record<string, unknown>): Record<string, unknown> {
    return Object.fromEntries(Object.entries(p).map(([k, v]) => [k, this.value(v)]));
  }

  value(v: unknown): unknown {
    if (v === null || v === undefined) return null;
    if (neo4j.isInt(v)) return neo4j.integer.inSafeRange(v) ? neo4j.integer.toNumber(v) : v.toString();
    if (typeof v === 'bigint') return Number(v);
    if (typeof v !== 'object') return v;
    if (isNode(v)) return this.node(v as Node);
    if (isRelationship(v)) return this.edge(v as Relationship);
    if (isPath(v)) {
      const path = v as unknown as { start: Node; segments: { relationship: Relationship; end: Node }[] };
      const nodes = [this.node(path.start).id];
      const edges: string[] = [];
      for (const s of path.segments) {
        edges.push(this.edge(s.relationship).id);
        nodes.push(this.node(s.end).id);
      }
      return { nodes, edges };
    }
    if (Array.isArray(v)) return v.map((x) => this.value(x));
    if (isTemporal(v)) return String(v);
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, this.value(x)]));
  }
}

function isTemporal(v: object): boolean {
  return (
    neo4j.isDate(v) || neo4j.isDateTime(v) || neo4j.isLocalDateTime(v) || neo4j.isTime(v) || neo4j.isLocalTime(v) || neo4j.isDuration(v) || neo4j.isPoint(v)
  );
}

/**
 * JS numbers travel as floats, which LIMIT, SKIP and range() refuse: whole numbers in the
 * parameters are sent as Neo4j Integers (Cypher compares integers and floats alike).
 */
export function integerParams(v: unknown): unknown {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return neo4j.int(v);
  if (Array.isArray(v)) return v.map(integerParams);
  if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype)
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, integerParams(x)]));
  return v;
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
    const c = new Collector();
    const rows = records.map((rec) => Object.fromEntries(rec.keys.map((k) => [String(k), c.value(rec.get(k))])));
    return { nodes: [...c.nodes.values()], edges: [...c.edges.values()], rows, truncated, rowLimit: limits.rowLimit };
  } finally {
    await session.close();
  }
}
