/** @kg/graph: merge graph.json files, model and lay out the graph, export it, load it into Neo4j. */
export { mergeGraphs } from './merge.js';
export { foldEdges, canonicalRelation, edgeKey, evidenceKey, foldAttribution, singleAttribution, type FoldedEdge } from './fold.js';
export { RELATIONSHIP_PROPS, type RelationshipProp } from './neo4j/relationship.js';
export { readGraph, parseGraph } from './read.js';
export {
  toGraphology,
  buildGraphology,
  foldedEdge,
  type KgGraph,
  type NodeAttributes,
  type EdgeAttributes,
  type GraphAttributes,
  type EdgeEvidence,
  type Position,
  type ModelOptions,
} from './model.js';
export { applyMetrics, DEFAULT_SEED, type MetricsOptions } from './metrics.js';
export { applyLayout, layoutIterations, initialPositions, sizeFromPagerank, type LayoutOptions } from './layout.js';
export { undirectedProjection } from './projection.js';
export { KIND_COLORS, QUAD_CLASS_COLORS, DEFAULT_COLOR, NODE_SIZE, EDGE_SIZE, kindColor, quadClassColor } from './style.js';
export { seededRng, type Rng } from './rng.js';
export { syntheticGraph } from './synthetic.js';
export { toGexf } from './export/gexf.js';
export { toGraphml } from './export/graphml.js';
export { toGraphologyJson } from './export/json.js';
export { toNeo4jCsv, CSV_FILES, ARRAY_DELIMITER, type CsvFiles } from './export/csv.js';
export { toCypher, cypherString, cypherName } from './export/cypher.js';
export {
  EXPORT_FORMATS,
  FORMAT_IDS,
  exportFormat,
  writeFormat,
  writeExports,
  type ExportFormat,
  type FormatId,
  type WriteExportsOptions,
} from './export/index.js';
export {
  connect,
  connectionSettings,
  describeConnectError,
  sessionsOf,
  Neo4jConnectError,
  DEFAULT_URI,
  type ConnectionSettings,
  type SessionFactory,
} from './neo4j/connect.js';
export { loadGraph, planBatches, type LoadOptions, type LoadResult, type BatchInfo } from './neo4j/load.js';
export { runReadQuery, type QueryResult, type QueryNode, type QueryEdge } from './neo4j/query.js';
export { ensureSchema, SCHEMA_STATEMENTS } from './neo4j/schema.js';
export { COOKBOOK, recipe, type Recipe } from './neo4j/cookbook.js';
export { runServerCommand } from './neo4j/server/cli.js';
