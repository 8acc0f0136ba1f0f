/**
 * The date a page states for itself: a full date (with year) on a short line of the header —
 * the lines between the title and the first paragraph of prose (dateline, byline). Dates in
 * the body or in teaser lists are not the page's date.
 */
import { MONTH_PATTERN, monthNumber } from '../text/english-calendar.js';

const MONTH_WORD = `(${MONTH_PATTERN})\\.?`;

const iso = (y: number, m: number, d: number): string | null => {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null; // 31/02
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
};

type Parser = [RegExp, (m: RegExpMatchArray) => string | null];
const PARSERS: Parser[] = [
  [/\b(\d{4})-(\d{2})-(\d{2})(?!\d)/, (m) => iso(+m[1], +m[2], +m[3])],
  // Vietnamese and most non-US pages write day first: 12/07/2011, 12-7-2011, 12.7.2011;
  // a US page's 07/14/2011 cannot be day-first and is read month-first.
  [/\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/, (m) => iso(+m[3], +m[2], +m[1]) ?? iso(+m[3], +m[1], +m[2])],
  [/\b(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:,|năm)\s*(\d{4})\b/iu, (m) => iso(+m[3], +m[2], +m[1])],
  [new RegExp(`\\b${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'), (m) => iso(+m[3], monthNumber(m[1]), +m[2])],
  [new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_WORD},?\\s+(\\d{4})\\b`, 'i'), (m) => iso(+m[3], monthNumber(m[2]), +m[1])],
];

/** The first full date in `line` as YYYY-MM-DD, or null. */
export function parseDate(line: string): string | null {
  for (const [re, build] of PARSERS) {
    const m = line.match(re);
    const date = m && build(m);
    if (date) return date;
  }
  return null;
}

/** Converts an ISO timestamp or any parseable date (HTML meta, front matter) to YYYY-MM-DD. */
export function isoDay(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value !== 'string' || !value.trim()) return null;
  const m = value.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (m) return iso(+m[1], +m[2], +m[3]);
  return parseDate(value);
}

/** A dateline or byline: short, so a sentence that merely mentions a date is not one. */
const isHeaderLine = (line: string): boolean => line.split(/\s+/).length <= 14;

/** The page's date from its header lines (those after the title, before the prose). */
export function findPublished(headerLines: string[]): string | null {
  for (const line of headerLines) {
    if (!isHeaderLine(line)) continue;
    const date = parseDate(line);
    if (date) return date;
  }
  return null;
}
