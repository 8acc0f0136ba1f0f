/**
 * Does a graph keep the contract (docs/contract.md)? The zod schemas decide the shape and the
 * references (what every reader needs); this adds what a reader can live without but an
 * extractor must get right: no duplicate relation keys, spans that lie in their document's
 * text and cover the mention or sentence they claim. With the source files at hand, each
 * evidence sentence's words must also occur in its article (what ../shared/tools/check-graph.mjs checks, so the
 * repository can check its own output without it). Pure: the caller reads the files.
 */
import { formatIssues, Graph, relationKey } from './schema.js';

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
  const say = (p: string): void => {
    if (problems.length < max) problems.push(p);
  };
  spanProblems(parsed.data, say);
  if (sourceOf) {
    const squashed = new Map<string, string | undefined>();
    parsed.data.relations.forEach((r, i) =>
      r.evidence.forEach((ev, j) => {
        if (!squashed.has(ev.doc)) squashed.set(ev.doc, sourceOf(ev.doc)?.normalize('NFC').replace(/\s+/g, ' '));
        const text = squashed.get(ev.doc);
        if (text === undefined) return;
        const missing = sentenceWords(ev.sentence).find((w) => !text.includes(w));
        if (missing) say(`relations.${i}.evidence.${j}.sentence: "${missing}" is not in the source of ${ev.doc}`);
      }),
    );
  }
  return { ok: problems.length === 0, problems, counts };
}

/** Duplicate relation keys, and mention/evidence spans that do not match their document's text (when it carries it). */
function spanProblems(g: Graph, say: (p: string) => void): void {
  const texts = new Map(g.documents.map((d) => [d.id, d.text]));
  const span = (path: string, doc: string, start: number, end: number, expected: string, what: string): void => {
    const text = texts.get(doc);
    if (end < start) say(`${path}.end: end ${end} is before start ${start}`);
    else if (text === undefined) return;
    else if (end > text.length) say(`${path}.end: end ${end} is past the end of document "${doc}" (${text.length} characters)`);
    else if (text.slice(start, end) !== expected) say(`${path}: the ${what} is not the document's text at ${start}–${end}`);
  };
  g.entities.forEach((e, i) => e.mentions.forEach((m, j) => span(`entities.${i}.mentions.${j}`, m.doc, m.start, m.end, m.text, 'mention text')));
  const keys = new Set<string>();
  g.relations.forEach((r, i) => {
    const key = relationKey(r);
    if (keys.has(key)) say(`relations.${i}: duplicate relation: another one has the same subject, predicate, object, topic and negated`);
    keys.add(key);
    r.evidence.forEach((ev, j) => span(`relations.${i}.evidence.${j}`, ev.doc, ev.start, ev.end, ev.sentence, 'evidence sentence'));
  });
}

/** The first six longer words of a sentence, trailing punctuation removed: what must be in the source. */
function sentenceWords(sentence: string): string[] {
  return sentence
    .normalize('NFC')
    .split(/\s+/)
    .filter((w) => w.length > 3)
    .slice(0, 6)
    .map((w) => w.replace(/[.,:;"“”]+$/u, ''));
}
