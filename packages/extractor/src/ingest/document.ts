/**
 * Page lines to a CleanDocument: de-obfuscation, clutter removal, title, the page's own date,
 * language. The same steps serve .txt, .html and .md once each is reduced to lines.
 */
import type { CleanDocument } from '../types.js';
import { detectLang } from '../lang/detect.js';
import { cleanLines, isProse } from './clean.js';
import { deobfuscate } from './deobfuscate.js';
import { findPublished } from './published.js';
import { isTimestampLine } from './timestamp.js';

export interface PageHints {
  title?: string | null; // from <title>/Readability/front matter
  published?: string | null; // from metadata, already YYYY-MM-DD
}

const TITLE_MAX_WORDS = 30;
const isTitleLike = (line: string): boolean => line.split(/\s+/).length <= TITLE_MAX_WORDS && !/[.;,]$/u.test(line);

/** A title for a page whose first line is prose: its first sentence, clipped at a word. */
function titleFromProse(line: string, max = 160): string {
  const sentence = line.match(/^.+?[.!?](?=\s|$)/u)?.[0] ?? line;
  if (sentence.length <= max) return sentence;
  return `${sentence.slice(0, max).replace(/\s+\S*$/u, '')}…`;
}

/** Lines around the title up to the first prose line: dateline, byline, lead-in labels. */
function headerLines(lines: string[]): string[] {
  const header: string[] = [];
  for (const line of lines.slice(0, 8)) {
    if (isProse(line)) break;
    header.push(line);
  }
  return header;
}

/** Builds the clean document of one page from its text lines. */
export function documentFromLines(id: string, path: string, raw: string[], hints: PageHints = {}): CleanDocument {
  const rawLang = detectLang(raw.slice(0, 200).join(' '));
  const source = rawLang === 'vi' ? raw.map(deobfuscate) : raw;
  let lines = cleanLines(source);
  const hinted = hints.title ? deobfuscate(hints.title.normalize('NFC').trim()) : '';
  // The page's own title heads the text, so that entities in it have offsets too.
  if (hinted && !lines.slice(0, 3).includes(hinted)) lines = [hinted, ...lines];
  // A dateline may stand above the headline.
  const first = lines.find((l) => !isTimestampLine(l)) ?? '';
  const title = hinted || (isTitleLike(first) ? first : titleFromProse(first));
  const published = hints.published ?? findPublished(headerLines(lines));
  // Datelines are metadata, not prose: they leave the text once read.
  const body = lines.filter((l) => !isTimestampLine(l));
  const text = body.join('\n').normalize('NFC');
  return { id, path, title, lang: text ? detectLang(text, true) : detectLang(raw.join(' ')), published, text };
}
