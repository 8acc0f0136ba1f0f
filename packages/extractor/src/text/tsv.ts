/**
 * Reads the lexicon TSV files: '#' lines are the provenance header and comments,
 * blank lines are skipped, columns are tab-separated. Errors name the file and line.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Rows of a TSV file with at least `minCols` columns (cells trimmed, NFC). */
export function readTsv(file: string | URL, minCols = 1): string[][] {
  const path = file instanceof URL ? fileURLToPath(file) : file;
  const rows: string[][] = [];
  readFileSync(path, 'utf8').split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const cells = line.split('\t').map((c) => c.trim().normalize('NFC'));
    if (cells.length < minCols || cells.slice(0, minCols).some((c) => !c))
      throw new Error(`kg lexicon: ${path}:${i + 1}: expected ${minCols} tab-separated columns`);
    rows.push(cells);
  });
  return rows;
}
