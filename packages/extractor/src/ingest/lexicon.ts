/** The clutter lexicon (data/clutter/markers.tsv): which lines are page furniture. */
import { readFileSync } from 'node:fs';
import { parseTsv } from '../text/tsv.js';
import { requiredChars } from '../text/required-chars.js';
import { hasSpaceToCollapse, isSpaceCode } from '../text/space.js';

export type MarkerKind = 'drop' | 'block';
interface Marker {
  kind: MarkerKind;
  test: (normalised: string, trimmed: string) => boolean;
}
/**
 * A part of a line that is furniture (a photo credit, a dateline tag): removed, the rest kept.
 * `needs`: characters every match contains; a line lacking one is not searched.
 */
interface Strip {
  re: RegExp;
  needs: string[];
}
interface Lexicon {
  markers: Marker[];
  strips: Strip[];
}

/** A line as markers see it: lower case, no list bullets, no trailing ":" or "(12)" count. */
export function normaliseMarker(line: string): string {
  // Each end-anchored replace scans the whole line; a look at its end says when it can match.
  let n = line
    .normalize('NFC')
    .toLowerCase()
    .replace(/^[\s\-–•*·+>|]+/u, '');
  if (endsWithTrail(n)) n = n.replace(/[\s:：]+$/u, '');
  if (lastNonSpace(n) === ')') n = n.replace(/\s*\(\d+\)\s*$/u, '');
  if (endsWithTrail(n)) n = n.replace(/[\s:：]+$/u, '');
  return hasSpaceToCollapse(n) ? n.replace(/\s+/gu, ' ') : n;
}

const isSpace = isSpaceCode;
const endsWithTrail = (s: string): boolean => {
  const c = s.charCodeAt(s.length - 1);
  return c === 58 || c === 0xff1a || (s.length > 0 && isSpace(c));
};
function lastNonSpace(s: string): string | undefined {
  let i = s.length - 1;
  while (i >= 0 && isSpace(s.charCodeAt(i))) i--;
  return s[i];
}

/** Parses the TSV lexicon; a malformed row is an error naming the line. */
export function parseMarkers(tsv: string, source = 'markers.tsv'): Marker[] {
  return parseLexicon(tsv, source).markers;
}

function parseLexicon(tsv: string, source: string): Lexicon {
  const markers: Marker[] = [];
  const strips: Strip[] = [];
  for (const { line, cells } of parseTsv(tsv, source)) {
    const [kind, match, pattern] = cells;
    if ((kind !== 'drop' && kind !== 'block' && kind !== 'strip') || !pattern) throw new Error(`kg ingest: ${source}:${line}: bad row "${cells.join('\t')}"`);
    if (kind === 'strip') {
      if (match !== 'regex' && match !== 'regex-cs') throw new Error(`kg ingest: ${source}:${line}: a strip row needs regex or regex-cs`);
      try {
        strips.push({ re: new RegExp(pattern, match === 'regex' ? 'giu' : 'gu'), needs: requiredChars(pattern) });
      } catch (e) {
        throw new Error(`kg ingest: ${source}:${line}: bad regex (${(e as Error).message})`);
      }
      continue;
    }
    if (match === 'exact') {
      const p = normaliseMarker(pattern);
      markers.push({ kind, test: (n) => n === p });
    } else if (match === 'regex' || match === 'regex-cs') {
      let re: RegExp;
      try {
        re = new RegExp(pattern, match === 'regex' ? 'iu' : 'u');
      } catch (e) {
        throw new Error(`kg ingest: ${source}:${line}: bad regex (${(e as Error).message})`);
      }
      markers.push({ kind, test: match === 'regex' ? (n) => re.test(n) : (_n, t) => re.test(t) });
    } else throw new Error(`kg ingest: ${source}:${line}: unknown match "${match}"`);
  }
  return { markers, strips };
}

const DEFAULT_URL = new URL('../../data/clutter/markers.tsv', import.meta.url);
let cached: Lexicon | null = null;
const lexicon = (): Lexicon => (cached ??= parseLexicon(readFileSync(DEFAULT_URL, 'utf8'), 'markers.tsv'));
const defaults = (): Marker[] => lexicon().markers;

/** `line` without its furniture parts (photo credits, caption shortcodes, dateline tags), trimmed. */
export function stripClutter(line: string): string {
  let out = line;
  for (const { re, needs } of lexicon().strips) {
    if (!needs.every((c) => out.includes(c))) continue;
    if (re.test(out)) {
      re.lastIndex = 0;
      out = out.replace(re, ' ');
    } else re.lastIndex = 0;
  }
  return out === line ? line : out.replace(/\s+/gu, ' ').trim();
}

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
