/**
 * Partial ISO dates (2011, 2011-07, 2011-07-13; --07-13 has no year) as day intervals, so
 * edges can be tested against the timeline's range by comparing strings.
 */

/** The first and last day a partial date can mean, or null when it has no year. */
export function dateInterval(date: string): [string, string] | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date);
  if (!m) return null;
  const [, y, mo, d] = m;
  if (d) return [`${y}-${mo}-${d}`, `${y}-${mo}-${d}`];
  if (mo) return [`${y}-${mo}-01`, `${y}-${mo}-${String(daysInMonth(+y, +mo)).padStart(2, '0')}`];
  return [`${y}-01-01`, `${y}-12-31`];
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when any of the dates can fall within [from, to] (either bound optional). */
export function overlapsRange(dates: string[], from?: string, to?: string): boolean {
  return dates.some((d) => {
    const iv = dateInterval(d);
    return !!iv && (!from || iv[1] >= from) && (!to || iv[0] <= to);
  });
}

/** True when at least one date has a year, so the timeline can place the edge. */
export function isPlaceable(dates: string[]): boolean {
  return dates.some((d) => dateInterval(d) !== null);
}

/** The earliest and latest day over all dates, or null when none has a year. */
export function dateDomain(all: Iterable<string>): [string, string] | null {
  let lo: string | null = null;
  let hi: string | null = null;
  for (const d of all) {
    const iv = dateInterval(d);
    if (!iv) continue;
    if (!lo || iv[0] < lo) lo = iv[0];
    if (!hi || iv[1] > hi) hi = iv[1];
  }
  return lo && hi ? [lo, hi] : null;
}

const DAY = 86_400_000;
/** Day number since the epoch of an ISO day, for the slider. */
export const dayNumber = (iso: string): number => Math.round(Date.parse(iso + 'T00:00:00Z') / DAY);
/** ISO day of a day number. */
export const isoDay = (n: number): string => new Date(n * DAY).toISOString().slice(0, 10);
