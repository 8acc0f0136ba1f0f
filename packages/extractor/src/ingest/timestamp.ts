/**
 * Timestamp lines ("20:04:13 29/09/2024", "14:38' - 12/10/2017", "08:37'", "21 Apr, 07:44 AM",
 * "Thứ Hai, 12/07/2011 - 14:30 GMT+7"): a line made only of date and time tokens. Teaser lists
 * pair one with every headline; a page's own dateline is one near the title.
 */
import { MONTH_PATTERN, WEEKDAY_PATTERN } from '../text/english-calendar.js';

const WEEKDAYS = `thứ\\s*(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\\s*nhật|cn|t[2-7]|${WEEKDAY_PATTERN}`;

const TOKEN = new RegExp(
  [
    "\\d{1,2}:\\d{2}(?::\\d{2})?'?", // 20:04:13, 14:38'
    '\\d{1,4}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?', // 29/09/2024, 2024-09-29, 12/7
    '\\d{1,2}h\\d{0,2}', // 14h30
    `(?:${MONTH_PATTERN})\\.?`,
    `(?:${WEEKDAYS})`,
    '(?:ngày|tháng|năm|lúc|giờ|phút|trước|cập nhật|đăng|đăng lúc|published|updated|posted|on|at|ago|hours?|minutes?|days?)',
    '[ap]\\.?m\\.?',
    'sa|ch',
    '(?:gmt|utc|ict)\\s*[+-]?\\s*\\d{0,2}(?::?\\d{2})?',
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
