/**
 * A Cypher result from POST /api/cypher ({nodes, edges, rows}: `runReadQuery` of
 * src/server/read-query.ts) as viewer nodes and edges.
 * Node keys follow the loaded graph's entity ids (property `id`) when present, so a result
 * can be overlaid on the graph on screen; otherwise Neo4j's element id is used.
 */
import type { QueryEdge as CypherEdge, QueryNode as CypherNode, QueryResult } from '@kg/graph';
import type { EdgeAttrs, Evidence, NodeAttrs } from '../graph/types.js';
import { normalizeEdge, normalizeNode } from '../graph/normalize.js';
import { placer } from '../graph/placement.js';
import { ENTITY_KINDS } from '../graph/types.js';

/** A node and a relationship of a result: @kg/graph's plainResult makes them (element ids as ids). */
export type { CypherEdge, CypherNode };

export interface CypherResult extends QueryResult {
  /** True when the server stopped reading at its row limit (`rowLimit`). */
  truncated?: boolean;
  rowLimit?: number;
}

export interface ResultGraph {
  nodes: { key: string; attributes: NodeAttrs }[];
  edges: { key: string; source: string; target: string; attributes: EdgeAttrs }[];
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' && v ? [v] : []);

/**
 * Evidence as the Neo4j loader stores it on a relationship: parallel lists
 * evidenceArticles, evidenceSentences, evidenceStarts, evidenceEnds.
 */
export function zipEvidence(p: Record<string, unknown>): Evidence[] {
  const docs = p.evidenceArticles;
  const sentences = p.evidenceSentences;
  if (!Array.isArray(docs) || !Array.isArray(sentences)) return [];
  const starts = Array.isArray(p.evidenceStarts) ? p.evidenceStarts : [];
  const ends = Array.isArray(p.evidenceEnds) ? p.evidenceEnds : [];
  return docs.map((doc, i) => ({ doc: String(doc), sentence: String(sentences[i] ?? ''), start: Number(starts[i] ?? 0), end: Number(ends[i] ?? 0) }));
}

/** Chooses the key of a result node: the entity id property if any, else the element id. */
export const nodeKey = (n: CypherNode): string => text(n.properties.id) ?? n.id;

/** Converts the result; edges whose ends are not among the returned nodes are dropped. */
export function resultToGraph(r: CypherResult): ResultGraph {
  const keys = new Map(r.nodes.map((n) => [n.id, nodeKey(n)]));
  const place = placer();
  const nodes = r.nodes.map((n) => {
    const p = n.properties;
    const kind = text(p.type) ?? text(p.kind) ?? n.labels.find((l) => ENTITY_KINDS.includes(l)) ?? n.labels[0] ?? 'Unknown';
    const label = text(p.name) ?? text(p.label) ?? text(p.title) ?? nodeKey(n);
    return { key: nodeKey(n), attributes: normalizeNode(nodeKey(n), { ...p, label, kind, aliases: list(p.aliases) } as Partial<NodeAttrs>, place) };
  });
  const edges = r.edges
    .filter((e) => keys.has(e.source) && keys.has(e.target))
    .map((e) => {
      const p = e.properties;
      const predicate = text(p.predicate) ?? e.type;
      return {
        key: `cypher:${e.id}`,
        source: keys.get(e.source)!,
        target: keys.get(e.target)!,
        attributes: normalizeEdge({
          ...p,
          predicate,
          label: text(p.label) ?? predicate,
          topics: list(p.topics),
          dates: list(p.dates),
          attributedTo: list(p.attributedTo),
          evidence: p.evidence ?? zipEvidence(p),
        } as Partial<EdgeAttrs>),
      };
    });
  return { nodes, edges };
}
