/**
 * Markdown to lines of plain text: the `marked` lexer gives the block structure; inline
 * syntax (emphasis, links, images, code spans, HTML) is reduced to its visible text.
 * A YAML front matter's `title` and `date` become hints.
 */
import { decodeHTMLStrict } from 'entities/decode';
import { marked, type Token, type Tokens } from 'marked';
import type { PageHints } from './document.js';
import { isoDay } from './published.js';

/** Visible text of inline tokens. Images are dropped (alt text is caption furniture). */
function inline(tokens: Token[] | undefined, raw = ''): string {
  if (!tokens) return raw;
  return tokens
    .map((t) => {
      if (t.type === 'image' || t.type === 'html') return '';
      if (t.type === 'br') return ' ';
      if ('tokens' in t && t.tokens) return inline(t.tokens);
      // marked leaves named character references as written; only ones closed by ';' are decoded ("AT&T" stays).
      return 'text' in t ? decodeHTMLStrict(String(t.text)) : '';
    })
    .join('');
}

/** One line per block: paragraph, heading, list item, table row, quote paragraph. */
function blockLines(tokens: Token[], out: string[] = []): string[] {
  for (const t of tokens) {
    switch (t.type) {
      case 'heading':
      case 'paragraph':
        out.push(inline((t as Tokens.Paragraph).tokens, t.raw));
        break;
      case 'text':
        out.push(inline((t as Tokens.Text).tokens, (t as Tokens.Text).text));
        break;
      case 'blockquote':
        blockLines((t as Tokens.Blockquote).tokens, out);
        break;
      case 'list':
        for (const item of (t as Tokens.List).items) blockLines(item.tokens, out);
        break;
      case 'table': {
        const table = t as Tokens.Table;
        out.push(table.header.map((c) => inline(c.tokens)).join(' | '));
        for (const row of table.rows) out.push(row.map((c) => inline(c.tokens)).join(' | '));
        break;
      }
      default:
        break; // code blocks, html blocks, rules, spaces: not prose
    }
  }
  // Soft line breaks inside a paragraph are spaces.
  return out.map((l) => l.replace(/\s*\n\s*/g, ' '));
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;
const field = (yaml: string, name: string): string | null => yaml.match(new RegExp(`^${name}:\\s*["']?(.+?)["']?\\s*$`, 'mi'))?.[1] ?? null;

/** Lines and metadata of a Markdown document. */
export function markdownPage(md: string): { lines: string[]; hints: PageHints } {
  const fm = md.match(FRONT_MATTER);
  const body = fm ? md.slice(fm[0].length) : md;
  const yaml = fm?.[1] ?? '';
  const tokens = marked.lexer(body);
  const heading = tokens.find((t): t is Tokens.Heading => t.type === 'heading' && t.depth === 1);
  return {
    lines: blockLines(tokens),
    hints: {
      title: field(yaml, 'title') ?? (heading ? inline(heading.tokens) : null),
      published: isoDay(field(yaml, 'date') ?? field(yaml, 'published')),
    },
  };
}
