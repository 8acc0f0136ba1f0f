/**
 * Reads the gazetteer's TSV data files: '#' lines are the provenance header and
 * comments, the first other line names the columns, blank lines are skipped.
 * Errors name the file and line.
 */
import { readFileSync } from 'node:fs';

/** One data row by column name, with its 1-based line number for error messages. */
export interface TsvRow { line: number; get(column: string): string }

/** Parses TSV text; `file` is only used in error messages. */
export function parseTsv(text: string, file: string): TsvRow[] {
  const lines = text.split(/\r?\n/);
  let header: string[] | undefined;
  const rows: TsvRow[] = [];
  lines.forEach((raw, idx) => {
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const cells = raw.split('\t').map((c) => c.trim().normalize('NFC'));
    if (!header) { header = cells; return; }
    if (cells.length > header.length) throw new Error(`kg gazetteer: ${file}:${idx + 1}: ${cells.length} columns, header has ${header.length}`);
    const cols = header;
    rows.push({
      line: idx + 1,
      get(column) {
        const k = cols.indexOf(column);
        if (k < 0) throw new Error(`kg gazetteer: ${file}: no column "${column}"`);
        return cells[k] ?? '';
      },
    });
  });
  return rows;
}

/** Reads and parses one data file given as a URL (resolved against import.meta.url by the caller). */
export function readTsv(url: URL): TsvRow[] {
  const name = url.pathname.split('/').slice(-2).join('/');
  return parseTsv(readFileSync(url, 'utf8'), name);
}

/** Splits a '|'-separated list cell into trimmed non-empty items. */
export const listCell = (cell: string): string[] => cell.split('|').map((s) => s.trim()).filter(Boolean);

/** Parses a flags cell such as "ambiguous=1 kind=capital" into a map. */
export function flagsCell(cell: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const part of cell.split(/[\s,;]+/).filter(Boolean)) {
    const [k, v = '1'] = part.split('=');
    m.set(k, v);
  }
  return m;
}
