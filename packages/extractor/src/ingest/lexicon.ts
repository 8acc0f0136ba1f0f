/** The clutter lexicon (data/clutter/markers.tsv): which lines are page furniture. */
import { readFileSync } from 'node:fs';

export type MarkerKind = 'drop' | 'block';
interface Marker { kind: MarkerKind; test: (normalised: string, trimmed: string) => boolean }

/** A line as markers see it: lower case, no list bullets, no trailing ":" or "(12)" count. */
export function normaliseMarker(line: string): string {
  return line.normalize('NFC').toLowerCase()
    .replace(/^[\s\-–•*·+>|]+/u, '')
    .replace(/[\s:：]+$/u, '')
    .replace(/\s*\(\d+\)\s*$/u, '')
    .replace(/[\s:：]+$/u, '')
    .replace(/\s+/gu, ' ');
}

/** Parses the TSV lexicon; a malformed row is an error naming the line. */
export function parseMarkers(tsv: string, source = 'markers.tsv'): Marker[] {
  const markers: Marker[] = [];
  const rows = tsv.split('\n');
  rows.forEach((row, i) => {
    if (!row.trim() || row.startsWith('#') || row.startsWith('kind\t')) return;
    const [kind, match, pattern] = row.split('\t');
    if ((kind !== 'drop' && kind !== 'block') || !pattern) throw new Error(`kg ingest: ${source}:${i + 1}: bad row "${row}"`);
    if (match === 'exact') {
      const p = normaliseMarker(pattern);
      markers.push({ kind, test: (n) => n === p });
    } else if (match === 'regex' || match === 'regex-cs') {
      let re: RegExp;
      try { re = new RegExp(pattern, match === 'regex' ? 'iu' : 'u'); } catch (e) {
        throw new Error(`kg ingest: ${source}:${i + 1}: bad regex (${(e as Error).message})`);
      }
      markers.push({ kind, test: match === 'regex' ? (n) => re.test(n) : (_n, t) => re.test(t) });
    } else throw new Error(`kg ingest: ${source}:${i + 1}: unknown match "${match}"`);
  });
  return markers;
}

const DEFAULT_URL = new URL('../../data/clutter/markers.tsv', import.meta.url);
let cached: Marker[] | null = null;
const defaults = (): Marker[] => (cached ??= parseMarkers(readFileSync(DEFAULT_URL, 'utf8')));

/** The kind of marker `line` is, or null for ordinary text. */
export function markerKind(line: string, markers: Marker[] = defaults()): MarkerKind | null {
  const trimmed = line.trim();
  if (trimmed.length > 400) return null; // furniture is short; skip long paragraphs cheaply
  const n = normaliseMarker(trimmed);
  let kind: MarkerKind | null = null;
  for (const m of markers) {
    if (!m.test(n, trimmed)) continue;
    if (m.kind === 'block') return 'block';
    kind = 'drop';
  }
  return kind;
}
