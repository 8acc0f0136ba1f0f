/** Leaders act for their countries: lifted meetings and agreements, and visits to the host's capital. */
import { describe, it, expect } from '@jest/globals';
import { extract, triples } from './helpers.js';

const rel = (text: string, published: string | null = null): string[] => triples(extract(text, published)).sort();

describe('en statecraft', () => {
  it("a meeting of two countries' officials is a meeting of the countries", () => {
    expect(rel('Polish President Anna Kowalczyk and German Chancellor Erik Brandauer held talks on Monday.')).toEqual([
      'anna-kowalczyk MEET erik-brandauer',
      'poland MEET germany',
    ]);
  });

  it('the people gazetteer gives the countries of untitled leaders the article names', () => {
    expect(rel('Emmanuel Macron and Olaf Scholz agreed to boost trade between France and Germany.', '2023-03-01')).toEqual(
      expect.arrayContaining(['emmanuel-macron COOPERATE olaf-scholz', 'france COOPERATE germany']),
    );
  });

  it('no country-level relation for a country the article never names', () => {
    expect(rel('Emmanuel Macron and Olaf Scholz held talks on Monday.', '2023-03-01')).toEqual(['emmanuel-macron MEET olaf-scholz']);
  });

  it('ministers act for their governments: their talks are not lifted', () => {
    expect(rel('Polish Foreign Minister Anna Kowalczyk and German Foreign Minister Erik Brandauer held talks on Monday.')).toEqual([
      'anna-kowalczyk MEET erik-brandauer',
    ]);
  });

  it('officials of one country meeting lift nothing', () => {
    expect(rel('Polish President Anna Kowalczyk and Polish Prime Minister Erik Brandauer held talks in Warsaw.')).toEqual([
      'anna-kowalczyk MEET erik-brandauer',
    ]);
  });

  it("the guest of talks in the host's capital visits the host country", () => {
    expect(rel('Polish President Anna Kowalczyk and German Chancellor Erik Brandauer held talks in Warsaw.')).toEqual(
      expect.arrayContaining(['erik-brandauer VISIT poland', 'erik-brandauer VISIT warsaw']),
    );
    expect(rel('Polish President Anna Kowalczyk and German Chancellor Erik Brandauer held talks in Warsaw.')).not.toContain('anna-kowalczyk VISIT poland');
  });

  it('an ambassador received in the capital of the country they serve in visits nothing', () => {
    expect(rel('Polish President Anna Kowalczyk received German Ambassador Erik Brandauer in Warsaw.').filter((t) => t.includes('VISIT'))).toEqual([]);
  });

  it("talks in a third country's capital are no visit of either country", () => {
    expect(rel('Polish President Anna Kowalczyk and German Chancellor Erik Brandauer held talks in Riyadh.').filter((t) => t.includes('VISIT'))).toEqual([]);
  });
});
