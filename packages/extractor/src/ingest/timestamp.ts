/**
 * Timestamp lines ("20:04:13 29/09/2024", "14:38' - 12/10/2017", "08:37'", "21 Apr, 07:44 AM",
 * "Thứ Hai, 12/07/2011 - 14:30 GMT+7"): a line made only of date and time tokens. Teaser lists
 * pair one with every headline; a page's own dateline is one near the title.
 */
import { MONTH_PATTERN, WEEKDAY_PATTERN } from '../text/english-calendar.js';
import { escapeRegExp } from '../text/regexp.js';
import { readTsv } from '../text/tsv.js';

/** data/lexicons/timestamp-words.tsv as one alternation per kind, in file order; a space matches any spaces. */
const words = (() => {
  const byKind = new Map<string, string[]>();
  for (const r of readTsv(new URL('../../data/lexicons/timestamp-words.tsv', import.meta.url), 2)) {
    const list = byKind.get(r.get('kind')) ?? [];
    list.push(escapeRegExp(r.get('word')).replace(/ /g, '\\s*'));
    byKind.set(r.get('kind'), list);
  }
  return (kind: string): string => (byKind.get(kind) ?? []).join('|');
})();

const WEEKDAYS = `${words('weekday')}|${WEEKDAY_PATTERN}`;

const TOKEN = new RegExp(
  [
    "\\d{1,2}:\\d{2}(?::\\d{2})?'?", // 20:04:13, 14:38'
    '\\d{1,4}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?', // 29/09/2024, 2024-09-29, 12/7
    '\\d{1,2}h\\d{0,2}', // 14h30
    `(?:${MONTH_PATTERN})\\.?`,
    `(?:${WEEKDAYS})`,
    `(?:${words('stamp')})`,
    '[ap]\\.?m\\.?',
    words('meridiem'),
    `(?:${words('zone')})\\s*[+-]?\\s*\\d{0,2}(?::?\\d{2})?`,
    '\\d{1,4}',
  ].join('|'),
  'giu',
);

const MONTH_WORD = new RegExp(`\\b(${MONTH_PATTERN})\\b`, 'i');

/** True when the whole line is a date/time stamp (and holds at least one number). */
export function isTimestampLine(line: string): boolean {
  const t = line.trim();
  if (!t || t.length > 80 || !/\d/.test(t)) return false;
  if (!/\d{1,2}:\d{2}|\d{1,2}[/.-]\d{1,2}|\d{1,2}h\d{0,2}\b|tháng\s*\d|\d\s*(giờ|phút|ngày)\s*trước|\bago\b/iu.test(t) && !MONTH_WORD.test(t)) return false;
  const rest = t.replace(TOKEN, ' ').replace(/[\s,|–—\-()[\]·•:'.]+/g, '');
  return rest === '';
}
