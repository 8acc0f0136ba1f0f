/**
 * graphology's serialisation format (`graph.export()`): the viewer's input, read back
 * with `graph.import()` or `MultiDirectedGraph.from()`. Every attribute keeps its JS type.
 */
import type { KgGraph } from '../model.js';

/** Serialises the model with its options and graph attributes (documents, generator). */
export function toGraphologyJson(model: KgGraph): string {
  return JSON.stringify(model.export());
}
