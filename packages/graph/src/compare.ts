/** Code-unit string order: locale-independent, so sorted output is the same on every machine. */
export const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Sorted, de-duplicated copy of a list of strings. */
export const uniqSorted = (xs: Iterable<string>): string[] => [...new Set(xs)].sort(byString);
