import { describe, expect, it } from '@jest/globals';
import { liftToCountries } from '../../src/relations/lift.js';
import type { Sighting } from '../../src/relations/build.js';

const ev = { doc: 'd', sentence: 's', start: 0, end: 1 };
const s = (subject: string, predicate: Sighting['predicate'], object: string): Sighting => ({
  subject,
  predicate,
  object,
  negated: false,
  attributedTo: null,
  confidence: 0.8,
  evidence: ev,
});
const country: Record<string, string> = { kishida: 'japan', macron: 'france', barrot: 'france' };
const countryOf = (id: string): string | undefined => country[id];

describe('liftToCountries', () => {
  it('adds the countries of two officials who agree to cooperate, keeping the original', () => {
    const out = liftToCountries([s('kishida', 'COOPERATE', 'macron')], countryOf);
    expect(out.map((x) => `${x.subject} ${x.predicate} ${x.object}`)).toEqual(['kishida COOPERATE macron', 'japan COOPERATE france']);
    expect(out[1]!.confidence).toBeLessThan(out[0]!.confidence);
  });
  it('lifts a disagreement, with its negation flag', () => {
    const out = liftToCountries([{ ...s('kishida', 'DISAGREE', 'macron'), negated: true }], countryOf);
    expect(out[1]).toMatchObject({ subject: 'japan', predicate: 'DISAGREE', object: 'france', negated: true });
  });
  it('does not lift a meeting, nor two officials of one country, nor a person without a country', () => {
    expect(liftToCountries([s('kishida', 'MEET', 'macron')], countryOf)).toHaveLength(1);
    expect(liftToCountries([s('macron', 'COOPERATE', 'barrot')], countryOf)).toHaveLength(1);
    expect(liftToCountries([s('kishida', 'COOPERATE', 'someone')], countryOf)).toHaveLength(1);
  });
});
