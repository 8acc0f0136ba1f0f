/**
 * A saved web page to lines of its main content: Mozilla Readability (Firefox Reader View)
 * on a linkedom DOM picks the article; block elements become lines so the shared cleaner sees
 * the same shape as a scraped .txt page.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { PageHints } from './document.js';
import { isoDay } from './published.js';

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
// Not article text: code, media, and captions (furniture repeating the prose).
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'FIGCAPTION', 'BUTTON', 'SELECT']);

/** The text of `root`, one line per block element. */
export function blockLines(root: Node): string[] {
  const lines: string[] = [];
  let current = '';
  // Source line breaks inside a block are spaces.
  const flush = () => {
    if (current.trim()) lines.push(current.replace(/\s+/g, ' ').trim());
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    const block = BLOCK.has(tag);
    if (block) flush();
    node.childNodes.forEach(walk);
    if (block) flush();
  };
  walk(root);
  flush();
  return lines;
}

const meta = (doc: Document, names: string[]): string | null => {
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const content = el?.getAttribute('content');
    if (content) return content;
  }
  return null;
};

const firstWords = (s: string, n = 3): string => s.toLowerCase().split(/\s+/).slice(0, n).join(' ');

/**
 * The headline: the page's <h1> when it agrees with the <title> on its first words (titles
 * carry the site name, which Readability does not always trim), else Readability's title.
 */
function pickTitle(readability: string | null | undefined, h1: string | null, docTitle: string | null): string | null {
  if (h1 && docTitle && firstWords(h1) === firstWords(docTitle)) return h1;
  return readability || h1 || docTitle;
}

/** Lines and metadata of an HTML page. */
export function htmlPage(html: string): { lines: string[]; hints: PageHints } {
  const { document } = parseHTML(html);
  // Metadata first: Readability mutates the DOM it reads.
  const metaDate =
    meta(document, ['article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'DC.date.issued']) ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    null;
  const h1 = document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() || null;
  const docTitle = document.querySelector('title')?.textContent?.trim() || null;
  const article = new Readability<Node>(document as unknown as Document, { serializer: (n) => n }).parse();
  const root = article?.content ?? document.body ?? document.documentElement;
  const lines = root ? blockLines(root as Node) : [];
  const published = isoDay(article?.publishedTime) ?? isoDay(metaDate);
  return { lines, hints: { title: pickTitle(article?.title, h1, docTitle), published } };
}
