/** Pre-nominal modifiers: passed to reach a possessor or an object, never to invent a subject. */
import { describe, it, expect } from '@jest/globals';
import { rel } from './helpers.js';

describe('en modifiers', () => {
  it('a possessor before modifiers is the subject of a noun trigger', () => {
    expect(rel("Talks resumed a year after Turkey's unprovoked full-scale invasion of Armenia.")).toContain('turkey ATTACK armenia');
  });

  it('modifiers without a possessor give no subject', () => {
    expect(rel('Talks resumed a year after the unprovoked full-scale invasion of Armenia.')).toEqual([]);
  });

  it('a government under a named leader is that leader', () => {
    expect(rel('Anna Kowalczyk criticized the previous Polish government under Erik Brandauer for its debts.')).toContain(
      'anna-kowalczyk CRITICIZE erik-brandauer',
    );
  });

  it('a modifier before a country object is passed', () => {
    expect(rel('Anna Kowalczyk criticized the previous Armenian leadership.')).toEqual(['anna-kowalczyk CRITICIZE armenia']);
  });
});

describe('en subjects before a comma', () => {
  it('the object of a preposition before ", <verb>" is no subject', () => {
    expect(rel('Ministers pledge more air defence for Armenia, warn Turkey over transfers')).not.toContain('armenia WARN turkey');
  });

  it('an appositive list before ", <verb>" is', () => {
    expect(rel('The two neighbours, Chile and Peru, agreed to cooperate.')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^(chile COOPERATE peru|peru COOPERATE chile)$/)]),
    );
  });
});
