/**
 * Autocomplete over entity names, aliases and the titles of positions held. Matching is
 * on folded text (see fold.ts) so analysts can type with or without Vietnamese marks;
 * candidates that contain the query exactly as typed (marks included) rank first.
 */
import { fold } from './fold.js';

/** What kind of text matched: the canonical name ranks above an alias, an alias above a title. */
export type Field = 'name' | 'alias' | 'position';

export interface SearchEntry {
  node: string;
  label: string;
  text: string;
  field: Field;
  importance: number;
}
interface IndexedEntry extends SearchEntry {
  folded: string;
  lower: string;
}
export interface SearchHit {
  node: string;
  label: string;
  matched: string;
  field: Field;
  score: number;
}
export interface SearchIndex {
  entries: IndexedEntry[];
}

const FIELD_BONUS: Record<Field, number> = { name: 3, alias: 2, position: 0 };

/** Builds the index once per graph. */
export function buildSearchIndex(entries: SearchEntry[]): SearchIndex {
  return { entries: entries.map((e) => ({ ...e, folded: fold(e.text), lower: e.text.toLowerCase().normalize('NFC') })) };
}

/** How well a folded query matches a folded text: exact 4, prefix 3, word prefix 2, substring 1, none 0. */
export function matchKind(query: string, text: string): number {
  if (!query) return 0;
  if (text === query) return 4;
  if (text.startsWith(query)) return 3;
  if (text.includes(' ' + query)) return 2;
  return text.includes(query) ? 1 : 0;
}

/** The best hits for a query, one per node, best first. */
export function search(index: SearchIndex, query: string, limit = 10): SearchHit[] {
  const q = fold(query);
  if (!q) return [];
  const raw = query.toLowerCase().normalize('NFC').trim();
  const best = new Map<string, SearchHit & { importance: number }>();
  for (const e of index.entries) {
    const m = matchKind(q, e.folded);
    if (!m) continue;
    // Marks (or their absence) as typed disambiguate "Nga" (Russia) from "Ngà": a text that
    // contains the query exactly outranks one that only matches once folded.
    const markBonus = e.lower.includes(raw) ? 5 : 0;
    const score = m * 10 + FIELD_BONUS[e.field] + markBonus;
    const prev = best.get(e.node);
    if (!prev || score > prev.score || (score === prev.score && e.text.length < prev.matched.length))
      best.set(e.node, { node: e.node, label: e.label, matched: e.text, field: e.field, score, importance: e.importance });
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || b.importance - a.importance || a.label.localeCompare(b.label))
    .slice(0, limit)
    .map(({ importance: _i, ...hit }) => hit);
}
