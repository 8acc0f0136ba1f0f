/**
 * Vietnamese date expressions in a sentence's tokens: "ngày 12/7", "hôm 11/7",
 * "hôm qua (4/7)", "tháng 5/2012", "tháng 11 năm 2011", "năm 2012", "hôm qua".
 * A bare "12/7" counts only after a date word, so scores and fractions are not dates.
 */
import { toPartialIso, type DateParts } from '../../../relations/dates.js';
import { PhraseMatcher } from '../../../text/phrases.js';
import type { Token } from '../../../text/tokens.js';
import { kindRows, wordSets } from '../word-sets.js';

export interface DateMention {
  at: number;
  iso: string;
  since: boolean;
} // token index of the expression

const ROWS = kindRows('dates.tsv', ['day-cue', 'since', 'month', 'year', 'last-year', 'relative', 'span']);
// Compared on folded keys (tokens carry `lower` = foldKey(text)).
export const DATE_WORDS = wordSets(ROWS, ['day-cue', 'since', 'month', 'year', 'last-year', 'span']);
const { 'day-cue': DAY_CUES, since: SINCE, month: MONTH, year: YEAR, 'last-year': LAST_YEAR } = DATE_WORDS;
/** "hôm qua", "hôm nay" → days from publication. */
const RELATIVE = new PhraseMatcher<number>(ROWS.filter(([, kind]) => kind === 'relative').map(([p, , days]) => [p!, Number(days)]));

const num = (t: Token | undefined): number | undefined => (t?.num ? Number(t.text) : undefined);
const is = (t: Token | undefined, s: string): boolean => t?.text === s;

/** All date mentions of a sentence, resolved against the document's publication date. */
export function findDates(tokens: readonly Token[], published: string | null): DateMention[] {
  const out: DateMention[] = [];
  const push = (at: number, parts: DateParts): void => {
    const iso = toPartialIso(parts, published);
    if (!iso) return;
    const prev = tokens[at - 1]?.lower ?? '';
    const prev2 = tokens[at - 2]?.lower ?? '';
    out.push({ at, iso, since: SINCE.has(prev) || SINCE.has(prev2) });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const low = t.lower;
    // d/m[/yyyy] after a day word (possibly inside parentheses: "hôm qua (4/7)")
    if (t.num && is(tokens[i + 1], '/') && num(tokens[i + 2]) !== undefined) {
      const prev = tokens[i - 1]?.text === '(' ? tokens[i - 2] : tokens[i - 1];
      const a = Number(t.text),
        b = num(tokens[i + 2])!;
      const c = is(tokens[i + 3], '/') ? num(tokens[i + 4]) : undefined;
      if (prev && MONTH.has(prev.lower)) {
        // tháng 5/2012
        if (b >= 1900) push(i - 1, { month: a, year: b });
      } else if (prev && DAY_CUES.has(prev.lower)) {
        push(tokens[i - 1]?.text === '(' ? i - 2 : i - 1, c !== undefined && c >= 1900 ? { day: a, month: b, year: c } : { day: a, month: b });
      }
      i += c !== undefined ? 4 : 2;
      continue;
    }
    if (MONTH.has(low) && tokens[i + 1]?.num && !is(tokens[i + 2], '/')) {
      // tháng 11 năm 2011 / năm ngoái
      const month = num(tokens[i + 1])!;
      if (YEAR.has(tokens[i + 2]?.lower ?? '')) {
        const y = num(tokens[i + 3]);
        if (y !== undefined && y >= 1900) push(i, { month, year: y });
        else if (LAST_YEAR.has(tokens[i + 3]?.lower ?? '')) push(i, { month, relativeYears: -1 });
      }
      continue;
    }
    if (YEAR.has(low) && !MONTH.has(tokens[i - 1]?.lower ?? '') && tokens[i + 1]?.num && tokens[i + 1]!.text.length === 4 && !is(tokens[i + 2], '/')) {
      push(i, { year: Number(tokens[i + 1]!.text) });
      continue;
    }
    const relative = RELATIVE.at(tokens, i);
    if (relative && !is(tokens[relative.end], '(')) push(i, { relativeDays: relative.value });
  }
  return out;
}
