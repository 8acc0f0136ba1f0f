/** @kg/extractor: news articles in, the graph contract out. */
export * from './schema.js';
export type * from './types.js';
export { progress, type Progress } from './progress.js';
