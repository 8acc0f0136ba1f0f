/** Delegations named with their leader: the leader is the participant and acts for the country. */
import { describe, it, expect } from '@jest/globals';
import { rel } from './helpers.js';

describe('en delegations', () => {
  it('two delegations meeting: their leaders meet, and so do their countries', () => {
    expect(
      rel('A Polish delegation led by Foreign Minister Anna Kowalczyk met with a German team headed by Deputy Minister Erik Brandauer in Vienna.'),
    ).toEqual(['anna-kowalczyk MEET erik-brandauer', 'poland MEET germany']);
  });

  it('the leader, not the country, is the object', () => {
    expect(rel('Anna Kowalczyk met a German delegation led by Erik Brandauer.')).toEqual(['anna-kowalczyk MEET erik-brandauer']);
  });

  it('a delegation with no leader named stays its country', () => {
    expect(rel('Anna Kowalczyk met the German delegation in Vienna.')).toEqual(['anna-kowalczyk MEET germany']);
  });

  it('"led by" after something that is no delegation noun is no delegation', () => {
    expect(rel('Anna Kowalczyk met Germany, led by Erik Brandauer.')).not.toContain('anna-kowalczyk MEET erik-brandauer');
  });
});

describe('en coordinated qualifiers', () => {
  it('"talks between the Polish and German delegations" are the countries\' talks', () => {
    expect(rel('Talks between the Polish and German delegations in Vienna lasted six hours.')).toEqual(['poland MEET germany']);
  });

  it('a lone demonym with no head after the list is no party', () => {
    expect(rel('Talks between the Polish and German in Vienna lasted six hours.')).toEqual([]);
  });
});
