/**
 * Page text to article text: removes page furniture (navigation, widgets, captions, source
 * lines) and teaser blocks (related links, latest news, keyword lists) by general rules and
 * the marker lexicon, keeping every article body on the page (a page may carry two).
 *
 * Rules, in the order they apply to each line:
 *  1. a lexicon "drop" line is removed; a lexicon "block" line starts a teaser block;
 *  2. a run of short headlines each followed by a timestamp is a teaser block without heading;
 *  3. a line holding the same text twice ("X X", link text plus title) is a teaser link;
 *  4. a line repeating the previous one (an image caption, maybe with a credit) is removed;
 *  5. a repeated headline followed by a truncated excerpt ("…") is a related-story card.
 * A teaser block runs until article prose resumes: two long sentence-final lines in a row, not
 * the excerpt of a timestamped item, with no timestamp in the next lines.
 */
import { markerKind, stripClutter } from './lexicon.js';
import { isTimestampLine } from './timestamp.js';
import { countWords, hasSpaceToCollapse, isSpaceCode } from '../text/space.js';

const words = countWords;
const isTruncated = (line: string): boolean => /(\.\.\.|…)\s*$/u.test(line);

const SENTENCE_END = new Set(['.', '!', '?', '"', '”', '’', '»', ')']);

/** Prose: a long line ending a sentence. Headlines are short or end without a full stop. */
export function isProse(line: string): boolean {
  return SENTENCE_END.has(line[line.length - 1]!) && words(line) >= 10 && !isTruncated(line) && !isDoubled(line);
}

/** "X X": a link whose text repeats its title. */
export function isDoubled(line: string): boolean {
  const half = (line.length - 1) / 2;
  return Number.isInteger(half) && half >= 8 && line[half] === ' ' && line.slice(0, half) === line.slice(half + 1);
}

// A trailing credit in parentheses: "(Reuters)", "(Ảnh: AP)".
const stripCredit = (line: string): string => (endsWithParen(line) ? line.replace(/\s*\((?:[^()\s]+\s?){1,5}\)\s*$/u, '') : line);

/** Ends with ")" before any trailing spaces: only then can the credit regex match (it scans every position). */
function endsWithParen(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && isSpaceCode(line.charCodeAt(i))) i--;
  return line[i] === ')';
}

/** Whether `line` repeats `prev` (an image caption repeating the lead, maybe with a credit). */
const repeats = (line: string, prev: string): boolean => line === prev || stripCredit(line) === stripCredit(prev);

const timestampWithin = (lines: string[], from: number, count: number): boolean => lines.slice(from, from + count).some(isTimestampLine);

/** A headline followed (maybe after one label or duplicate line) by a timestamp, then another item. */
function startsTeaserList(lines: string[], i: number): boolean {
  if (isProse(lines[i]) || isTimestampLine(lines[i])) return false;
  const stamp = isTimestampLine(lines[i + 1] ?? '') ? i + 1 : isTimestampLine(lines[i + 2] ?? '') ? i + 2 : -1;
  return stamp > 0 && timestampWithin(lines, stamp + 1, 6);
}

/** Index of the first line after a teaser block starting at `j`, and how many timestamps it held. */
function skipBlock(lines: string[], j: number): { end: number; stamps: number } {
  const n = lines.length;
  let stamps = 0;
  while (j < n) {
    const line = lines[j];
    if (isTimestampLine(line)) {
      stamps++;
      j++;
      // The excerpt of a timestamped item, unless prose resumes for good after it.
      const next = lines[j];
      const resumes = next !== undefined && isProse(next) && isProse(lines[j + 1] ?? '') && !timestampWithin(lines, j + 1, 3);
      if (next !== undefined && !isTimestampLine(next) && markerKind(next) !== 'block' && !resumes) j++;
      continue;
    }
    // Article prose comes in runs; a teaser item is a headline and one excerpt. So prose
    // resumes only with two prose lines in a row and no timestamp close after.
    if (markerKind(line) !== 'block' && isProse(line) && isProse(lines[j + 1] ?? '') && !timestampWithin(lines, j + 1, 3)) return { end: j, stamps };
    j++;
  }
  return { end: n, stamps };
}

/**
 * A block met before any prose and without timestamps is a navigation menu ("Tin mới",
 * "Xem nhiều" as menu items); its last line, right before the prose, is the article's title.
 */
function titleAfterMenu(lines: string[], start: number, end: number): string | null {
  const last = lines[end - 1];
  if (end >= lines.length || end - 1 <= start || !last) return null;
  if (markerKind(last) || isTimestampLine(last) || isProse(last) || words(last) > 30) return null;
  return last;
}

/** Splits page text into trimmed, non-empty lines with whitespace normalised. */
export function pageLines(text: string): string[] {
  return text
    .replace(/[\u200b-\u200d\ufeff\u00ad]/g, '')
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((l) => stripClutter((hasSpaceToCollapse(l) ? l.replace(/[\s\u00a0]+/gu, ' ') : l).trim()))
    .filter(Boolean);
}

/** The article lines of a page, furniture and teasers removed, in page order. */
export function cleanLines(lines: string[]): string[] {
  const out: { text: string; echoed: boolean }[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    const kind = markerKind(line);
    if (kind === 'block') {
      const { end, stamps } = skipBlock(lines, i + 1);
      const title = !stamps && !out.some((l) => isProse(l.text)) ? titleAfterMenu(lines, i, end) : null;
      if (title) out.push({ text: title, echoed: false });
      i = end;
      continue;
    }
    if (kind === 'drop') {
      i++;
      continue;
    }
    if (startsTeaserList(lines, i)) {
      i = skipBlock(lines, i).end;
      continue;
    }
    i++;
    if (isDoubled(line)) continue;
    const prev = out[out.length - 1];
    if (prev && repeats(line, prev.text)) {
      prev.echoed = true;
      continue;
    }
    if (prev?.echoed && isTruncated(line)) {
      out.pop();
      continue;
    }
    out.push({ text: line, echoed: false });
  }
  return out.map((l) => l.text);
}
