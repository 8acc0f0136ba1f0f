/**
 * Reads the project's TSV data files, all written one way: '#' lines are the provenance
 * header and comments, blank lines are skipped, the first other line names the columns,
 * cells are tab-separated (trimmed, NFC). Errors name the file and line.
 */
import { readFileSync } from 'node:fs';

/** One data row: its cells, a cell by column name, and its 1-based line for error messages. */
export interface TsvRow {
  line: number;
  cells: string[];
  get(column: string): string;
}

/**
 * Parses TSV text; `file` is only used in error messages. A row needs at least `minCols`
 * non-empty leading cells and at most as many cells as the header.
 */
export function parseTsv(text: string, file: string, minCols = 0): TsvRow[] {
  let header: string[] | undefined;
  const rows: TsvRow[] = [];
  text.split(/\r?\n/).forEach((raw, idx) => {
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const cells = raw.split('\t').map((c) => c.trim().normalize('NFC'));
    if (!header) {
      header = cells;
      return;
    }
    if (cells.length > header.length) throw new Error(`kg data: ${file}:${idx + 1}: ${cells.length} columns, header has ${header.length}`);
    if (cells.length < minCols || cells.slice(0, minCols).some((c) => !c))
      throw new Error(`kg data: ${file}:${idx + 1}: expected ${minCols} tab-separated columns`);
    const cols = header;
    rows.push({
      line: idx + 1,
      cells,
      get(column) {
        const k = cols.indexOf(column);
        if (k < 0) throw new Error(`kg data: ${file}: no column "${column}"`);
        return cells[k] ?? '';
      },
    });
  });
  return rows;
}

/** Reads and parses one data file (a URL resolved against the caller's import.meta.url). */
export function readTsv(url: URL, minCols = 0): TsvRow[] {
  const name = url.pathname.split('/').slice(-2).join('/');
  return parseTsv(readFileSync(url, 'utf8'), name, minCols);
}

/** The cells of each data row of a file, by position (the column-name row left out). */
export const readTsvCells = (url: URL, minCols = 1): string[][] => readTsv(url, minCols).map((r) => r.cells);

/** Splits a '|'-separated list cell into trimmed non-empty items. */
export const listCell = (cell: string): string[] =>
  cell
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);

/** Parses a flags cell such as "ambiguous=1 kind=capital" into a map. */
export function flagsCell(cell: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const part of cell.split(/[\s,;]+/).filter(Boolean)) {
    const [k, v = '1'] = part.split('=');
    m.set(k, v);
  }
  return m;
}
