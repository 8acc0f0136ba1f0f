/**
 * Read-only Cypher for the viewer and the cookbook: the session is in READ access mode, so
 * a query that writes fails. Results become plain JSON: the nodes and relationships found
 * anywhere in the records (also inside paths, lists and maps), and the rows themselves.
 */
import neo4j, { isNode, isPath, isRelationship, type Driver, type Node, type Record as Neo4jRecord, type Relationship } from 'neo4j-driver';
import { sessionsOf, type SessionFactory } from './connect.js';

export interface QueryNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}
export interface QueryEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}
export interface QueryResult {
  nodes: QueryNode[];
  edges: QueryEdge[];
  rows: Record<string, unknown>[];
}

/** Node and edge ids are Neo4j element ids; the graph's own ids are in properties.id / key. */
class Collector {
  nodes = new Map<string, QueryNode>();
  edges = new Map<string, QueryEdge>();

  node(n: Node): QueryNode {
    let out = this.nodes.get(n.elementId);
    if (!out) {
      out = { id: n.elementId, labels: [...n.labels], properties: this.props(n.properties) };
      this.nodes.set(n.elementId, out);
    }
    return out;
  }

  edge(r: Relationship): QueryEdge {
    let out = this.edges.get(r.elementId);
    if (!out) {
      out = { id: r.elementId, type: r.type, source: r.startNodeElementId, target: r.endNodeElementId, properties: this.props(r.properties) };
      this.edges.set(r.elementId, out);
    }
    return out;
  }

  props(p: Record<string, unknown>): Record<string, unknown> {
    return Object.fromEntries(Object.entries(p).map(([k, v]) => [k, this.value(v)]));
  }

  /** Plain JSON of a value; graph objects are also collected. */
  value(v: unknown): unknown {
    if (v === null || v === undefined) return null;
    if (neo4j.isInt(v)) return neo4j.integer.inSafeRange(v) ? neo4j.integer.toNumber(v) : v.toString();
    if (typeof v === 'bigint') return Number(v);
    if (isNode(v as object)) return this.node(v as Node);
    if (isRelationship(v as object)) return this.edge(v as Relationship);
    if (isPath(v as object)) {
      const path = v as { start: Node; segments: { relationship: Relationship; end: Node }[] };
      const nodes = [this.node(path.start)];
      const edges: QueryEdge[] = [];
      for (const s of path.segments) {
        edges.push(this.edge(s.relationship));
        nodes.push(this.node(s.end));
      }
      return { nodes: nodes.map((n) => n.id), edges: edges.map((e) => e.id) };
    }
    if (Array.isArray(v)) return v.map((x) => this.value(x));
    if (isTemporal(v)) return String(v);
    if (typeof v === 'object') return Object.fromEntries(Object.entries(v as object).map(([k, x]) => [k, this.value(x)]));
    return v;
  }
}

function isTemporal(v: unknown): boolean {
  return (
    neo4j.isDate(v as object) ||
    neo4j.isDateTime(v as object) ||
    neo4j.isLocalDateTime(v as object) ||
    neo4j.isTime(v as object) ||
    neo4j.isLocalTime(v as object) ||
    neo4j.isDuration(v as object) ||
    neo4j.isPoint(v as object)
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

/** Records as plain JSON: the rows, and every node and relationship found in them (the viewer's server shares it). */
export function plainResult(records: Neo4jRecord[]): QueryResult {
  const c = new Collector();
  const rows = records.map((rec) => Object.fromEntries(rec.keys.map((k) => [String(k), c.value(rec.get(k))])));
  return { nodes: [...c.nodes.values()], edges: [...c.edges.values()], rows };
}

/** Runs `cypher` in a read transaction and returns its nodes, edges and rows as plain JSON. */
export async function runReadQuery(target: Driver | SessionFactory, cypher: string, params: Record<string, unknown> = {}): Promise<QueryResult> {
  const sessions = typeof target === 'function' ? target : sessionsOf(target);
  const session = sessions({ defaultAccessMode: neo4j.session.READ });
  try {
    const records = await session.executeRead((tx) => tx.run(cypher, integerParams(params) as Record<string, unknown>)).then((r) => r.records);
    return plainResult(records);
  } finally {
    await session.close();
  }
}
