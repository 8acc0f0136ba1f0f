/**
 * Canonical order and serialisation of a contract graph, so that the same input gives
 * byte-identical graph.json whatever the order in which files were read or workers finished.
 */
import { relationKey, type Evidence, type Graph, type Mention } from './schema.js';

// Code-point order: locale-independent, hence the same on every machine.
export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Mentions and evidence by document, then position, then text (ties broken, so any input order sorts alike). */
export const bySpan = (a: Mention | Evidence, b: Mention | Evidence): number =>
  cmp(a.doc, b.doc) || a.start - b.start || a.end - b.end || cmp('text' in a ? a.text : a.sentence, 'text' in b ? b.text : b.sentence);

/**
 * Sorts documents, entities, relations, mentions and evidence (stable, so ties keep the
 * merge's order); returns a new graph. A safety net: corpus.ts already merges in canonical order.
 */
export function orderGraph(g: Graph): Graph {
  return {
    version: g.version,
    documents: [...g.documents].sort((a, b) => cmp(a.id, b.id)),
    entities: [...g.entities]
      .sort((a, b) => cmp(a.id, b.id))
      .map((e) => ({
        ...e,
        aliases: [...new Set(e.aliases)], // order is the merge's (it may rank them); already deterministic
        mentions: [...e.mentions].sort(bySpan),
      })),
    relations: [...g.relations]
      .sort((a, b) => cmp(relationKey(a), relationKey(b)))
      .map((r) => ({
        ...r,
        evidence: [...r.evidence].sort(bySpan),
      })),
  };
}

/**
 * graph.json text in pieces, one per document, entity and relation: exactly
 * `JSON.stringify(g, null, 2)` plus a newline, without ever holding the whole text (a large
 * corpus's graph.json outgrows V8's longest string).
 */
export function* graphChunks(g: Graph): Generator<string> {
  const indent = (json: string, pad: string) => json.replace(/\n/g, `\n${pad}`); // JSON strings hold no raw newline
  const keys = Object.keys(g) as (keyof Graph)[];
  yield '{';
  for (const [k, key] of keys.entries()) {
    const value = g[key];
    yield `${k ? ',' : ''}\n  ${JSON.stringify(key)}: `;
    if (!Array.isArray(value) || value.length === 0) {
      yield indent(JSON.stringify(value, null, 2), '  ');
      continue;
    }
    yield '[';
    for (const [i, item] of value.entries()) yield `${i ? ',' : ''}\n    ${indent(JSON.stringify(item, null, 2), '    ')}`;
    yield '\n  ]';
  }
  yield keys.length ? '\n}\n' : '}\n';
}

/** graph.json text: two-space indent, trailing newline. */
export const serializeGraph = (g: Graph): string => [...graphChunks(g)].join('');
