/**
 * Start positions for nodes that come without one (Cypher results, hand-made files):
 * drawn from a seeded generator (pure-rand's xoroshiro128+), so the same input gives the
 * same graph, byte for byte, on every run. ForceAtlas2 or the file's layout moves them later.
 */
import { unsafeUniformIntDistribution, xoroshiro128plus } from 'pure-rand';

const SEED = 0x6b67; // "kg"
const STEPS = 2 ** 30;

export interface Placer {
  (): { x: number; y: number };
}

/** A sequence of positions in the unit square, the same sequence for the same seed. */
export function placer(seed = SEED): Placer {
  const rng = xoroshiro128plus(seed);
  const unit = () => unsafeUniformIntDistribution(0, STEPS - 1, rng) / STEPS;
  return () => ({ x: unit(), y: unit() });
}
