/**
 * The graph contract → parameter rows for the Neo4j loader (pure). Edges come from the one
 * fold (fold.ts); their properties from the one table (relationship.ts).
 */
import { ENTITY_TYPES, PREDICATES, type EntityType, type Graph, type Predicate } from '@kg/extractor';
import { byString } from '../compare.js';
import { foldEdges, type FoldedEdge } from '../fold.js';
import { computeMetrics, type MetricsInput } from '../metrics.js';
import { RELATIONSHIP_PROPS } from './relationship.js';

export interface ArticleRow {
  id: string;
  title: string;
  lang: string;
  published: string | null;
  path: string;
}
export interface EntityRow {
  id: string;
  name: string;
  aliases: string[];
  wikidata: string | null;
  degree: number;
  pagerank: number;
  community: number;
  /** Mentions of the entity in this graph (a fresh load writes it at once; a merge recounts). */
  mentionCount: number;
}
export interface MentionRow {
  article: string;
  entity: string;
  count: number;
}

/** The relationship properties each row carries (the others are parameters or computed in Cypher). */
const ROW_PROPS = RELATIONSHIP_PROPS.filter((p) => p.bolt.from === 'row');

/**
 * An edge as it travels to Neo4j: a positional list, not a map. The driver encodes every map
 * key of every row again, so lists cost ~30 % less client CPU: subject, object, then the
 * table's row properties in table order.
 */
export const EDGE_COLUMNS: readonly string[] = ['subject', 'object', ...ROW_PROPS.map((p) => p.name)];

export type EdgeTuple = unknown[];

/** The positional list of an edge, in EDGE_COLUMNS order. */
export const edgeTuple = (e: FoldedEdge): EdgeTuple => [e.subject, e.object, ...ROW_PROPS.map((p) => stored(p.get(e)))];

/**
 * The value as Neo4j keeps it: an empty list is no property, as neo4j-admin import can only
 * write it, so every route stores the same (read `coalesce(r.topics, [])`).
 */
export const stored = <T>(v: T): T | null => (v === undefined || (Array.isArray(v) && v.length === 0) ? null : v);

/** Entity and mention rows as positional lists too (see EDGE_COLUMNS). */
export const ENTITY_COLUMNS = [
  'id',
  'name',
  'aliases',
  'wikidata',
  'degree',
  'pagerank',
  'community',
  'mentionCount',
] as const satisfies readonly (keyof EntityRow)[];
export const MENTION_COLUMNS = ['article', 'entity', 'count'] as const satisfies readonly (keyof MentionRow)[];
export const entityTuple = (r: EntityRow): unknown[] => ENTITY_COLUMNS.map((c) => stored(r[c]));
export const mentionTuple = (r: MentionRow): unknown[] => MENTION_COLUMNS.map((c) => r[c]);

export interface LoadPlan {
  articles: ArticleRow[];
  entities: Map<EntityType, EntityRow[]>;
  mentions: MentionRow[];
  edges: Map<Predicate, FoldedEdge[]>;
}

/**
 * The model's node and edge order (model.ts buildGraphology: entities by id, folded edges by
 * key) without the model: metrics.ts computes the same numbers from it, and the loader skips
 * building the node attributes it does not send.
 */
function metricsInput(graph: Graph, folded: FoldedEdge[]): MetricsInput {
  const ids = graph.entities.map((e) => e.id).sort(byString);
  return {
    forEachNode: (cb) => {
      for (const id of ids) cb(id);
    },
    forEachEdge: (cb) => {
      for (const e of folded) cb(e.key, e, e.subject, e.object);
    },
  };
}

/**
 * Rows for every part of the graph, grouped so that each group is one Cypher statement. Edges
 * come from the one fold and metrics from degree/PageRank/Louvain on it, in the model's order
 * (so the numbers are the model's), so a load writes what the exports write. Metrics are those
 * of the graph being loaded: a later load of another file sets them for its own entities.
 */
export function planLoad(graph: Graph): LoadPlan {
  const folded = foldEdges(graph);
  const metrics = computeMetrics(metricsInput(graph, folded));
  const articles = graph.documents.map((d) => ({ id: d.id, title: d.title, lang: d.lang, published: d.published, path: d.path }));

  const entities = new Map<EntityType, EntityRow[]>(ENTITY_TYPES.map((t) => [t, []]));
  const mentions: MentionRow[] = [];
  for (const e of graph.entities) {
    const m = metrics.get(e.id)!;
    entities.get(e.type)!.push({
      id: e.id,
      name: e.name,
      aliases: [...new Set(e.aliases)],
      wikidata: e.wikidata ?? null,
      degree: m.degree,
      pagerank: m.pagerank,
      community: m.community,
      mentionCount: e.mentions.length,
    });
    const perDoc = new Map<string, number>();
    for (const m of e.mentions) perDoc.set(m.doc, (perDoc.get(m.doc) ?? 0) + 1);
    for (const [article, count] of perDoc) mentions.push({ article, entity: e.id, count });
  }

  const edges = new Map<Predicate, FoldedEdge[]>(PREDICATES.map((p) => [p, []]));
  for (const e of folded) edges.get(e.predicate)!.push(e);
  return { articles, entities, mentions, edges };
}
