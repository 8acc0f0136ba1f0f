/** @kg/extractor: news articles in, the graph contract out. */
export * from './schema.js';
export type * from './types.js';
export { progress, type Progress } from './progress.js';
export { checkGraph, type CheckResult } from './check.js';
export { extractFiles, type ExtractOptions, type ExtractResult, type Failure } from './pipeline.js';
export { defaultJobs } from './pool/pool.js';
export { readDocument, ingestBytes, DEFAULT_MAX_MB, DEFAULT_MAX_TEXT_MB } from './ingest/read.js';
export { detectLang } from './lang/detect.js';
export { orderGraph, serializeGraph, graphChunks } from './graph-order.js';
export * from './gazetteer/index.js';
export * from './names/index.js';
export { mergeExtractions, pickDate, pickAttribution } from './corpus.js';
