/**
 * Does a graph keep the contract (docs/contract.md)? The zod schemas decide the shape, the
 * references, duplicates and offsets; with the source files at hand, each evidence sentence's
 * words must also occur in its article (what ../shared/tools/check-graph.mjs checks, so the
 * repository can check its own output without it). Pure: the caller reads the files.
 */
import { formatIssues, Graph } from './schema.js';

export interface CheckResult {
  ok: boolean;
  /** One line per problem, "path: message". */
  problems: string[];
  counts: { documents: number; entities: number; relations: number };
}

/** `sourceOf(docId)`: the raw text of a document's source file, when it is at hand. */
export function checkGraph(raw: unknown, sourceOf?: (docId: string) => string | undefined, max = 40): CheckResult {
  const parsed = Graph.safeParse(raw);
  const g = raw as Partial<Graph> | null;
  const counts = {
    documents: Array.isArray(g?.documents) ? g.documents.length : 0,
    entities: Array.isArray(g?.entities) ? g.entities.length : 0,
    relations: Array.isArray(g?.relations) ? g.relations.length : 0,
  };
  if (!parsed.success) return { ok: false, problems: formatIssues(parsed.error, max), counts };
  const problems: string[] = [];
  if (sourceOf) {
    const squashed = new Map<string, string | undefined>();
    parsed.data.relations.forEach((r, i) => r.evidence.forEach((ev, j) => {
      if (!squashed.has(ev.doc)) squashed.set(ev.doc, sourceOf(ev.doc)?.normalize('NFC').replace(/\s+/g, ' '));
      const text = squashed.get(ev.doc);
      if (text === undefined || problems.length >= max) return;
      const missing = sentenceWords(ev.sentence).find((w) => !text.includes(w));
      if (missing) problems.push(`relations.${i}.evidence.${j}.sentence: "${missing}" is not in the source of ${ev.doc}`);
    }));
  }
  return { ok: problems.length === 0, problems, counts };
}

/** The first six longer words of a sentence, trailing punctuation removed: what must be in the source. */
function sentenceWords(sentence: string): string[] {
  return sentence.normalize('NFC').split(/\s+/).filter((w) => w.length > 3).slice(0, 6).map((w) => w.replace(/[.,:;"“”]+$/u, ''));
}
