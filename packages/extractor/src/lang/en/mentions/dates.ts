/**
 * The date of an event in a clause, as partial ISO 8601. Absolute dates ("July 13",
 * "13 July 2011", "July 2011") use compromise's Month tags; relative ones
 * ("on Wednesday", "yesterday") need the document's publication date and are
 * dropped without it. Weekdays refer back: "on Wednesday" in a story published on
 * Friday is the Wednesday before.
 */
import { monthByAbbreviation, monthByName, relativeDays, weekdayByName } from '../../../text/english-calendar.js';
import type { Token } from '../tokens.js';

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const pad = (n: number): string => String(n).padStart(2, '0');
const monthOf = (t: Token | undefined): number => {
  if (!t) return -1;
  const w = t.norm.endsWith('.') ? t.norm.slice(0, -1) : t.norm;
  return monthByName(w) || (t.cap && monthByAbbreviation(w)) || -1;
};
/** Is the token a month name ("March", "Sept.")? */
export const isMonthName = (t: Token): boolean => monthOf(t) > 0;
const dayOf = (t: Token | undefined): number => {
  const m = t && /^(\d{1,2})(st|nd|rd|th)?$/.exec(t.norm);
  const d = m ? Number(m[1]) : NaN;
  return d >= 1 && d <= 31 ? d : -1;
};
const yearOf = (t: Token | undefined): number => (t && /^(19|20)\d\d$/.test(t.norm) ? Number(t.norm) : -1);

/** Parses ISO YYYY-MM-DD into a UTC date, or undefined. */
function parseIso(iso: string | null): Date | undefined {
  const m = iso && /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
}
// The last publication date parsed: every event of a document asks for the same one.
let lastIso: string | null = null;
let lastDate: Date | undefined;
function publishedDate(iso: string | null): Date | undefined {
  if (iso !== lastIso) {
    lastIso = iso;
    lastDate = parseIso(iso);
  }
  return lastDate;
}
const isoDay = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** Year of a month-day with no year: the publication year, or the one before when that would lie well after publication. */
function yearFor(month: number, day: number, published: Date): number {
  const y = published.getUTCFullYear();
  const candidate = Date.UTC(y, month - 1, day);
  return candidate - published.getTime() > 7 * 86_400_000 ? y - 1 : y;
}

/** The first date expression in tokens [from, to), normalised; undefined when none. */
export function dateIn(
  tokens: Token[],
  from: number,
  to: number,
  publishedIso: string | null,
  inName: (k: number) => boolean = () => false,
  monthPreps: ReadonlySet<string> = new Set(),
): string | undefined {
  const published = publishedDate(publishedIso);
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (inName(k)) continue; // the "May" of "Theresa May"
    // Only a capitalised or Month-tagged word can be a month: the others skip the look-ups.
    const month = t.cap || t.tags.has('Month') ? monthOf(t) : -1;
    if (month > 0) {
      const dayAfter = dayOf(tokens[k + 1]);
      const dayBefore = k - 1 >= from ? dayOf(tokens[k - 1]) : -1;
      const found = dayAfter > 0 && k + 1 < to ? dayAfter : dayBefore;
      // No "February 30": a day the month cannot have is no date (29 February is allowed without a year).
      const day = found <= DAYS_IN_MONTH[month - 1] ? found : -1;
      const yearTok = dayAfter > 0 ? tokens[k + 2] : tokens[k + 1];
      const year = yearTok && yearTok.i < to ? yearOf(yearTok) : -1;
      if (day > 0 && year > 0) return `${year}-${pad(month)}-${pad(day)}`;
      if (day > 0) return published ? `${yearFor(month, day, published)}-${pad(month)}-${pad(day)}` : `--${pad(month)}-${pad(day)}`;
      if (year > 0) return `${year}-${pad(month)}`;
      // "in March": the last March on or before the publication month.
      if (published && monthPreps.has(tokens[k - 1]?.norm ?? '')) return `${yearFor(month, 1, published)}-${pad(month)}`;
      continue;
    }
    if (!published) continue;
    const wd = t.cap ? weekdayByName(t.norm) : -1;
    if (wd >= 0) {
      const back = (published.getUTCDay() - wd + 7) % 7;
      return isoDay(new Date(published.getTime() - back * 86_400_000));
    }
    const days = relativeDays(t.norm); // "yesterday", "today"
    if (days !== undefined) return isoDay(new Date(published.getTime() + days * 86_400_000));
  }
  return undefined;
}
