/**
 * Single-word cues of the Vietnamese rules by kind, read from a lexicon file
 * (data/lexicons/vi/), as the fold keys tokens carry in `lower`.
 */
import { foldKey } from '../../text/fold-key.js';
import { readTsvCells } from '../../text/tsv.js';

const DIR = new URL('../../../data/lexicons/vi/', import.meta.url);

/** Rows [phrase, kind, …] of a lexicon file; a kind not in `kinds` is an error naming the file. */
export function kindRows(file: string, kinds: readonly string[]): string[][] {
  const rows = readTsvCells(new URL(file, DIR), 2);
  for (const [phrase, kind] of rows) if (!kinds.includes(kind!)) throw new Error(`kg vi lexicon: ${file}: unknown kind "${kind}" for "${phrase}"`);
  return rows;
}

/** The phrases of each of `kinds` as fold keys; each must be one word, since rules compare it with one token. */
export function wordSets<K extends string>(rows: string[][], kinds: readonly K[]): Record<K, ReadonlySet<string>> {
  const out = Object.fromEntries(kinds.map((k) => [k, new Set<string>()])) as Record<K, Set<string>>;
  for (const [phrase, kind] of rows) {
    if (!(kinds as readonly string[]).includes(kind!)) continue;
    if (/\s/.test(phrase!)) throw new Error(`kg vi lexicon: "${phrase}" (${kind}) must be one word`);
    out[kind as K].add(foldKey(phrase!));
  }
  return out;
}

/** Loads a file of single words by kind (every kind of the file listed in `kinds`). */
export const wordFile = <K extends string>(file: string, kinds: readonly K[]): Record<K, ReadonlySet<string>> => wordSets(kindRows(file, kinds), kinds);
