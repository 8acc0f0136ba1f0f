/**
 * `xs.map(f)`, as a packed array whichever tier of V8 runs it. The optimizing compiler inlines
 * Array.prototype.map and builds a holey array where the builtin builds a packed one, so an
 * array passed from one stage to the next changed its hidden class once the producer was
 * optimized: every consumer compiled for the other kind deoptimized and was compiled again
 * (a cascade across the role and relation passes, tens of ms of compilation each time). Arrays
 * that cross functions on the per-document path are built with this.
 */
export function packedMap<T, U>(xs: readonly T[], f: (x: T) => U): U[] {
  const out: U[] = [];
  for (const x of xs) out.push(f(x));
  return out;
}
