/**
 * Lifting: when two officials of different countries agree to cooperate or state a disagreement
 * ("hai nhà lãnh đạo nhất trí tăng cường hợp tác", "the two ministers differed on …"), they do so
 * for their countries: the countries COOPERATE / DISAGREE too. Only these two predicates: a meeting,
 * a call or a visit of two persons is theirs, not their states'. Only persons with exactly one
 * country (the caller decides what that is), and never a person with themself or a country with itself.
 */
import type { Predicate } from '../schema.js';
import type { Sighting } from './build.js';

const LIFTED = new Set<Predicate>(['COOPERATE', 'DISAGREE']);
/** A lifted relation rests on one more inference than the one it comes from. */
const LIFT_PENALTY = 0.1;

/** The sightings as given, each lifted one followed by its countries' relation. */
export function liftToCountries(sightings: Sighting[], countryOf: (personId: string) => string | undefined): Sighting[] {
  const out: Sighting[] = [];
  for (const s of sightings) {
    out.push(s);
    if (!LIFTED.has(s.predicate)) continue;
    const a = countryOf(s.subject),
      b = countryOf(s.object);
    if (!a || !b || a === b) continue;
    out.push({ ...s, subject: a, object: b, attributedTo: s.attributedTo, confidence: s.confidence - LIFT_PENALTY });
  }
  return out;
}
