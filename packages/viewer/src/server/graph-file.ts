/**
 * Reads the graph file given to the server: either a contract graph.json (`kg extract`
 * output; converted with the graph package's model, metrics and layout) or a graphology
 * JSON export (`kg export --format json`). Either way it is served prepared for sigma
 * (core/graph/prepare.ts): the page imports it without a pass of its own.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseGraph, toGraphology } from '@kg/graph';
import { preparedJson } from '../core/graph/prepare.js';
import type { DocumentInfo } from '../core/graph/types.js';

export interface ServedGraph {
  /** The graphology JSON sent to the browser, prepared, without article texts (served one by one). */
  json: { attributes: Record<string, unknown>; nodes: unknown[]; edges: unknown[]; options?: unknown };
  /** Article texts by document id. */
  texts: Map<string, string>;
  /** Where the documents' relative `path`s are read from when a text is not embedded. */
  baseDir: string;
}

/** True for the contract shape (`version: 1`, `entities`, `relations`). */
export const isContractGraph = (data: any): boolean => !!data && typeof data === 'object' && Array.isArray(data.entities) && Array.isArray(data.relations);

/** Parses and converts the file; throws "kg view: <file>: …" on anything unreadable. */
export async function readGraphFile(file: string): Promise<ServedGraph> {
  let data: any;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new Error(`kg view: ${file}: ${(err as Error).message}`);
  }
  let json: ServedGraph['json'];
  if (isContractGraph(data)) {
    let contract;
    try {
      contract = parseGraph(data, file);
    } catch (err) {
      throw new Error(`kg view: ${(err as Error).message.replace(/^kg: /, '')}`);
    }
    json = toGraphology(contract).export() as unknown as ServedGraph['json'];
  } else if (data && Array.isArray(data.nodes)) {
    json = data;
  } else {
    throw new Error(`kg view: ${file} is neither a graph.json (entities, relations) nor a graphology JSON export (nodes, edges)`);
  }
  json = preparedJson(json) as unknown as ServedGraph['json'];
  const docs: DocumentInfo[] = Array.isArray(json.attributes.documents) ? (json.attributes.documents as DocumentInfo[]) : [];
  const texts = new Map<string, string>();
  json.attributes.documents = docs.map(({ text, ...rest }) => {
    if (typeof text === 'string') texts.set(rest.id, text);
    return rest;
  });
  return { json, texts, baseDir: dirname(resolve(file)) };
}

/** The cleaned text of one article: embedded in the graph, else read from the document's path. */
export async function articleText(g: ServedGraph, id: string): Promise<string | undefined> {
  const embedded = g.texts.get(id);
  if (embedded !== undefined) return embedded;
  const doc = (g.json.attributes.documents as DocumentInfo[]).find((d) => d.id === id);
  if (!doc?.path) return undefined;
  for (const base of [g.baseDir, process.cwd()]) {
    try {
      return await readFile(resolve(base, doc.path), 'utf8');
    } catch {
      /* try the next base */
    }
  }
  return undefined;
}
