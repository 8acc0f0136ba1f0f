/** String distance from talisman (a CommonJS package without types): Damerau-Levenshtein, so a transposition ("Valdimir") costs 1. */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const dl = require('talisman/metrics/damerau-levenshtein') as (a: string, b: string) => number;

/** Damerau-Levenshtein distance (insertions, deletions, substitutions, adjacent transpositions). */
export const damerauLevenshtein = (a: string, b: string): number => dl(a, b);
