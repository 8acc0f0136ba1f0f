/**
 * An edge's evidence as the panel lists it: one entry per sentence span. The model keeps
 * one evidence item per (span, topic, date), so a sentence backing a relation under two
 * topics comes twice; the edge's weight counts it once (distinct spans), and so does the
 * panel, with the topics and dates of all its items.
 */
import type { Evidence } from '../graph/types.js';

export interface EvidenceEntry {
  doc: string;
  sentence: string;
  start: number;
  end: number;
  /** The distinct topics of the span's items, in their order. */
  topics: string[];
  /** The distinct dates of the span's items, in their order. */
  dates: string[];
}

/** Same article, same span (and sentence: foreign data may lack offsets). */
const spanKey = (e: Evidence): string => `${e.doc}\u0000${e.start}\u0000${e.end}\u0000${e.sentence}`;

const addOnce = (list: string[], value: string | undefined): void => {
  if (value && !list.includes(value)) list.push(value);
};

/** Groups evidence items by article and span, keeping the order in which spans first appear. */
export function groupEvidence(items: readonly Evidence[]): EvidenceEntry[] {
  const bySpan = new Map<string, EvidenceEntry>();
  for (const e of items) {
    const key = spanKey(e);
    let entry = bySpan.get(key);
    if (!entry) {
      entry = { doc: e.doc, sentence: e.sentence, start: e.start, end: e.end, topics: [], dates: [] };
      bySpan.set(key, entry);
    }
    addOnce(entry.topics, e.topic);
    addOnce(entry.dates, e.date);
  }
  return [...bySpan.values()];
}
