/**
 * English calendar words (data/lexicons/en/calendar.tsv): month and weekday names with their
 * abbreviations, and the words naming a day relative to publication. Keys are lower case,
 * without a final dot.
 */
import { escapeRegExp } from './regexp.js';
import { listCell, readTsv } from './tsv.js';

interface CalendarWord {
  number: number;
  name: string;
  abbreviations: string[];
}

const ROWS = readTsv(new URL('../../data/lexicons/en/calendar.tsv', import.meta.url), 3);

/** The words of one kind; their numbers must be exactly `numbers` (a missing or doubled month is an error). */
function wordsOf(kind: string, numbers: number[]): CalendarWord[] {
  const words = ROWS.filter((r) => r.get('kind') === kind).map((r) => ({
    number: Number(r.get('number')),
    name: r.get('name').toLowerCase(),
    abbreviations: listCell(r.get('abbreviations')).map((a) => a.toLowerCase()),
  }));
  if (numbers.length && words.map((w) => w.number).join() !== numbers.join())
    throw new Error(`kg data: en/calendar.tsv: ${kind} numbers must be ${numbers.join(', ')}`);
  return words;
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const MONTHS = wordsOf('month', range(1, 12));
const WEEKDAYS = wordsOf('weekday', range(0, 6));
const index = (words: CalendarWord[], abbreviations: boolean): Map<string, number> =>
  new Map(words.flatMap((w) => (abbreviations ? w.abbreviations : [w.name]).map((k) => [k, w.number] as const)));
const MONTH_NAMES = index(MONTHS, false);
const MONTH_ABBREVIATIONS = index(MONTHS, true);
const WEEKDAY_NAMES = index(WEEKDAYS, false);
const RELATIVE_DAYS = index(wordsOf('relative', []), false);

/** Month 1–12 of a lower-case full name ("march"), 0 when none. */
export const monthByName = (word: string): number => MONTH_NAMES.get(word) ?? 0;
/** Month 1–12 of a lower-case abbreviation ("sept"), 0 when none. */
export const monthByAbbreviation = (word: string): number => MONTH_ABBREVIATIONS.get(word) ?? 0;
/** Month 1–12 of a name or abbreviation in any case ("Sept", "MARCH"), 0 when none. */
export const monthNumber = (word: string): number => monthByName(word.toLowerCase()) || monthByAbbreviation(word.toLowerCase());
/** Weekday 0–6 (0 = Sunday) of a lower-case full name, -1 when none. */
export const weekdayByName = (word: string): number => WEEKDAY_NAMES.get(word) ?? -1;
/** Days from publication of a lower-case relative day word ("yesterday" = -1), undefined for others. */
export const relativeDays = (word: string): number | undefined => RELATIVE_DAYS.get(word);

/** A regex alternation (no groups) of every name and abbreviation, longest first so none stops at a prefix. */
const alternation = (words: CalendarWord[]): string =>
  words
    .flatMap((w) => [w.name, ...w.abbreviations])
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
/** Month names and abbreviations as a regex alternation. */
export const MONTH_PATTERN = alternation(MONTHS);
/** Weekday names and abbreviations as a regex alternation. */
export const WEEKDAY_PATTERN = alternation(WEEKDAYS);
