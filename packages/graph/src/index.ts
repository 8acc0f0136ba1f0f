/** @kg/graph: merge graph.json files, model and lay out the graph, export it, load it into Neo4j. */
export { mergeGraphs, canonicalRelation } from './merge.js';
export { readGraph, parseGraph } from './read.js';
export {
  toGraphology, buildGraphology, edgeKey,
  type KgGraph, type NodeAttributes, type EdgeAttributes, type GraphAttributes, type EdgeEvidence, type Position, type ModelOptions,
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
  EXPORT_FORMATS, FORMAT_IDS, exportFormat, writeFormat, writeExports,
  type ExportFormat, type FormatId, type WriteExportsOptions,
} from './export/index.js';
export { exportCommand } from './cli/export.js';
