/** Pre-nominal modifiers: passed to reach a possessor or an object, never to invent a subject. */
import { describe, it, expect } from '@jest/globals';
import { extract, triples } from './helpers.js';

const rel = (text: string): string[] => triples(extract(text)).sort();

describe('en modifiers', () => {
  it('a possessor before modifiers is the subject of a noun trigger', () => {
    expect(rel('Talks resumed a year after Turkey\'s unprovoked full-scale invasion of Armenia.')).toContain('turkey ATTACK armenia');
  });

  it('modifiers without a possessor give no subject', () => {
    expect(rel('Talks resumed a year after the unprovoked full-scale invasion of Armenia.')).toEqual([]);
  });

  it('a government under a named leader is that leader', () => {
    expect(rel('Anna Kowalczyk criticized the previous Polish government under Erik Brandauer for its debts.'))
      .toContain('anna-kowalczyk CRITICIZE erik-brandauer');
  });

  it('a modifier before a country object is passed', () => {
    expect(rel('Anna Kowalczyk criticized the previous Armenian leadership.')).toEqual(['anna-kowalczyk CRITICIZE armenia']);
  });
});
