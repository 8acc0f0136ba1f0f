/**
 * POST /api/cypher: runs one read-only Cypher query and returns {nodes, edges, rows} for
 * the viewer to draw. Read-only is enforced by Neo4j itself (a READ session and a read
 * transaction refuse writes), not by inspecting the query text.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { connect } from '../../../graph/src/neo4j/connect.js';
import type { CypherEdge, CypherNode, CypherResult } from '../core/cypher/result.js';

/** Opens the project's driver (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD; see packages/graph/src/neo4j/connect.ts). */
export const openDriver = (): Promise<Driver> => connect();

/** Plain JSON of a driver value: nodes and relationships as ids, integers as numbers. */
function plain(v: unknown, out: { nodes: Map<string, CypherNode>; edges: Map<string, CypherEdge> }): unknown {
  if (neo4j.isNode(v as any)) {
    const n = v as any;
    out.nodes.set(n.elementId, { id: n.elementId, labels: n.labels, properties: plain(n.properties, out) as Record<string, unknown> });
    return { id: n.elementId, labels: n.labels, properties: plain(n.properties, out) };
  }
  if (neo4j.isRelationship(v as any)) {
    const r = v as any;
    out.edges.set(r.elementId, { id: r.elementId, type: r.type, source: r.startNodeElementId, target: r.endNodeElementId, properties: plain(r.properties, out) as Record<string, unknown> });
    return { id: r.elementId, type: r.type };
  }
  if (neo4j.isPath(v as any)) {
    const p = v as any;
    plain(p.start, out);
    for (const seg of p.segments) { plain(seg.start, out); plain(seg.relationship, out); plain(seg.end, out); }
    return { path: p.segments.map((s: any) => s.relationship.elementId) };
  }
  if (neo4j.isInt(v as any)) return (v as any).toNumber();
  if (Array.isArray(v)) return v.map((x) => plain(x, out));
  if (v && typeof v === 'object' && v.constructor === Object)
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x, out)]));
  if (v && typeof v === 'object' && 'toString' in v) return String(v); // temporal and spatial values
  return v;
}

/** Runs a query in a read transaction and collects every node, relationship and path it returns. */
export async function runReadCypher(driver: Driver, cypher: string, params: Record<string, unknown> = {}): Promise<CypherResult> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const res = await session.executeRead((tx) => tx.run(cypher, params));
    const out = { nodes: new Map<string, CypherNode>(), edges: new Map<string, CypherEdge>() };
    const rows = res.records.map((r) => Object.fromEntries(r.keys.map((k) => [k, plain(r.get(k), out)])));
    return { nodes: [...out.nodes.values()], edges: [...out.edges.values()], rows };
  } finally {
    await session.close();
  }
}

/** A Neo4j error as one readable line: the server's code and message. */
export function readableError(err: unknown): string {
  const e = err as { code?: string; message?: string };
  const msg = (e.message ?? String(err)).split('\n').filter((l) => l.trim()).slice(0, 3).join(' ');
  return e.code ? `${e.code}: ${msg}` : msg;
}
