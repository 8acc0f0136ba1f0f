/** The clutter lexicon (data/clutter/markers.tsv): which lines are page furniture. */
import { readFileSync } from 'node:fs';
import { parseTsv } from '../text/tsv.js';
import { requiredChars } from '../text/required-chars.js';
import { hasSpaceToCollapse, isSpaceCode } from '../text/space.js';

export type MarkerKind = 'drop' | 'block';
/**
 * The marker rows compiled for few tests per line: the exact lines in one Map, and the regex
 * rows of a kind in one alternation per flag set (the rows are anchored at the line start, so
 * the engine tries one position; 38 regex calls per line were a fifth of a warm ingest).
 * Kinds do not depend on row order: any block row makes a block line, else any drop row a drop.
 */
export interface Markers {
  /** The normalised lines of 'exact' rows; 'block' wins a line listed under both kinds. */
  exact: Map<string, MarkerKind>;
  /** 'regex' rows (flags iu), tested on the normalised line. */
  normalised: Record<MarkerKind, RegExp[]>;
  /** 'regex-cs' rows (flag u), tested on the trimmed line. */
  trimmed: Record<MarkerKind, RegExp[]>;
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
  markers: Markers;
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
export function parseMarkers(tsv: string, source = 'markers.tsv'): Markers {
  return parseLexicon(tsv, source).markers;
}

function parseLexicon(tsv: string, source: string): Lexicon {
  const exact = new Map<string, MarkerKind>();
  const sources = { normalised: { drop: [] as string[], block: [] as string[] }, trimmed: { drop: [] as string[], block: [] as string[] } };
  const strips: Strip[] = [];
  for (const { line, cells } of parseTsv(tsv, source)) {
    const [kind, match, pattern] = cells;
    if ((kind !== 'drop' && kind !== 'block' && kind !== 'strip') || !pattern) throw new Error(`kg ingest: ${source}:${line}: bad row "${cells.join('\t')}"`);
    if (kind === 'strip') {
      if (match !== 'regex' && match !== 'regex-cs') throw new Error(`kg ingest: ${source}:${line}: a strip row needs regex or regex-cs`);
      strips.push({ re: compile(pattern, match === 'regex' ? 'giu' : 'gu', source, line), needs: requiredChars(pattern) });
      continue;
    }
    if (match === 'exact') {
      const p = normaliseMarker(pattern);
      if (exact.get(p) !== 'block') exact.set(p, kind);
    } else if (match === 'regex' || match === 'regex-cs') {
      compile(pattern, match === 'regex' ? 'iu' : 'u', source, line); // a bad row is reported as itself
      sources[match === 'regex' ? 'normalised' : 'trimmed'][kind].push(pattern);
    } else throw new Error(`kg ingest: ${source}:${line}: unknown match "${match}"`);
  }
  return {
    markers: {
      exact,
      normalised: { drop: anyOf(sources.normalised.drop, 'iu'), block: anyOf(sources.normalised.block, 'iu') },
      trimmed: { drop: anyOf(sources.trimmed.drop, 'u'), block: anyOf(sources.trimmed.block, 'u') },
    },
    strips,
  };
}

function compile(pattern: string, flags: string, source: string, line: number): RegExp {
  try {
    return new RegExp(pattern, flags);
  } catch (e) {
    throw new Error(`kg ingest: ${source}:${line}: bad regex (${(e as Error).message})`);
  }
}

/**
 * One regex matching where any of `patterns` matches (as many as needed: none for no pattern,
 * each apart when one holds a back-reference, whose group number would shift in the alternation).
 */
function anyOf(patterns: string[], flags: string): RegExp[] {
  if (patterns.length === 0) return [];
  if (patterns.some((p) => /\\(?:[1-9]|k<)/.test(p))) return patterns.map((p) => new RegExp(p, flags));
  try {
    return [new RegExp(patterns.map((p) => `(?:${p})`).join('|'), flags)];
  } catch {
    return patterns.map((p) => new RegExp(p, flags)); // e.g. two rows naming the same group
  }
}

const DEFAULT_URL = new URL('../../data/clutter/markers.tsv', import.meta.url);
let cached: Lexicon | null = null;
const lexicon = (): Lexicon => (cached ??= parseLexicon(readFileSync(DEFAULT_URL, 'utf8'), 'markers.tsv'));
const defaults = (): Markers => lexicon().markers;

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
export function markerKind(line: string, markers: Markers = defaults()): MarkerKind | null {
  const trimmed = line.trim();
  if (trimmed.length > 400) return null; // furniture is short; skip long paragraphs cheaply
  const n = normaliseMarker(trimmed);
  const exact = markers.exact.get(n);
  if (exact === 'block' || someTest(markers.normalised.block, n) || someTest(markers.trimmed.block, trimmed)) return 'block';
  return exact === 'drop' || someTest(markers.normalised.drop, n) || someTest(markers.trimmed.drop, trimmed) ? 'drop' : null;
}

function someTest(res: RegExp[], s: string): boolean {
  for (const re of res) if (re.test(s)) return true;
  return false;
}
