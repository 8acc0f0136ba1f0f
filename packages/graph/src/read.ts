/**
 * Reading a graph.json file: parse, validate against the contract (`Graph` from
 * @kg/extractor), and fail with one message naming the file and the offending fields.
 */
import fs from 'node:fs';
import { Graph, formatIssues } from '@kg/extractor';

/** Validates already-parsed JSON; `source` names it in errors. */
export function parseGraph(data: unknown, source: string): Graph {
  const result = Graph.safeParse(data);
  if (!result.success) throw new Error(`kg: ${source} is not a valid graph.json: ${formatIssues(result.error, 5).join('; ')}`);
  return result.data;
}

/** Reads and validates a graph.json file. */
export function readGraph(file: string): Graph {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(`kg: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Error(`kg: ${file} is not JSON: ${(e as Error).message}`);
  }
  return parseGraph(data, file);
}
