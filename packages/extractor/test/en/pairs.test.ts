/** "The two countries", "both sides": a pair named by number stands for the two countries in play. */
import { describe, it, expect } from '@jest/globals';
import { extract, triples } from './helpers.js';

/** Triples with the two sides of a symmetric predicate in alphabetical order. */
const rel = (text: string): string[] =>
  triples(extract(text))
    .map((t) => {
      const [a, p, b] = t.split(' ');
      return ['MEET', 'COOPERATE'].includes(p) && b < a ? `${b} ${p} ${a}` : t;
    })
    .sort();

describe('en pairs named by number', () => {
  it('the last two countries named', () => {
    expect(rel('Relations between Chile and Peru have improved. The two countries agreed to cooperate on fisheries.')).toContain('chile COOPERATE peru');
  });

  it('the countries of the leaders in the sentence', () => {
    expect(
      rel(
        'Peru was mentioned. Polish President Anna Kowalczyk and German Chancellor Erik Brandauer said their two countries were working to restore diplomatic relations.',
      ),
    ).toContain('germany COOPERATE poland');
  });

  it('"between the two nations"', () => {
    expect(rel('Chile and Peru recalled their envoys last year. Talks between the two nations resumed on Monday.')).toContain('chile MEET peru');
  });

  it('no pair without two countries before it', () => {
    expect(rel('The two countries agreed to cooperate on fisheries.')).toEqual([]);
    expect(rel('Chile has changed. The two countries agreed to cooperate on fisheries.')).toEqual([]);
  });

  it('a pair is no object of a one-sided act', () => {
    expect(rel('Chile and Peru met. Brazil criticized the two countries.')).not.toContain('brazil CRITICIZE chile');
  });
});
