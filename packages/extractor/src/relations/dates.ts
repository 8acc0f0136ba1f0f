/**
 * Date normalisation shared by the language plugins: calendar parts as written in a
 * sentence → a partial ISO 8601 date (contract PartialDate). A day and month without a
 * year become "--MM-DD" unless the document's publication date gives the year.
 */

/** What a sentence states: any of day, month, year; or a day offset from publication. */
export interface DateParts {
  day?: number;
  month?: number;
  year?: number;
  relativeDays?: number;
  relativeYears?: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function validDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Parses an ISO date "YYYY-MM-DD" (or longer ISO timestamp); undefined when it is not one. */
export function parsePublished(published: string | null | undefined): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published ?? '');
  if (!m) return undefined;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/**
 * The partial ISO date for `parts`, read relative to `published` when known.
 * Returns undefined for impossible dates (31/2) and for relative dates without a publication date.
 */
export function toPartialIso(parts: DateParts, published?: string | null): string | undefined {
  const pub = parsePublished(published);
  if (parts.relativeDays !== undefined) {
    if (!pub) return undefined;
    const d = new Date(pub.getTime() + parts.relativeDays * 86_400_000);
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  }
  let { year } = parts;
  const { day, month } = parts;
  if (parts.relativeYears !== undefined) {
    if (!pub) return undefined;
    year = pub.getUTCFullYear() + parts.relativeYears;
  }
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && (month === undefined || day < 1 || day > 31)) return undefined;
  if (year === undefined && pub && month !== undefined) {
    // A date without a year in a dated article: that year, or the year before if it would lie in the future.
    year = pub.getUTCFullYear();
    const candidate = Date.UTC(year, month - 1, day ?? 1);
    if (candidate > pub.getTime() + 86_400_000) year -= 1;
  }
  if (year === undefined) return day !== undefined && month !== undefined && validDay(2000, month, day) ? `--${pad(month)}-${pad(day)}` : undefined;
  if (month === undefined) return String(year);
  if (day === undefined) return `${year}-${pad(month)}`;
  return validDay(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}
