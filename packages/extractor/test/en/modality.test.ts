/** An event in the "to"-complement of a demand, threat or warning is not asserted as fact. */
import { describe, it, expect } from '@jest/globals';
import { extract, triples } from './helpers.js';

describe('en modality: embedded events', () => {
  it('"called on X to impose sanctions on Y" is a DEMAND to X, not X SANCTION Y', () => {
    const t = triples(extract('Poland called on Germany to impose sanctions on Russia.'));
    expect(t).toContain('poland DEMAND germany');
    expect(t).not.toContain('germany SANCTION russia');
  });
  it('"urged X to (quickly) send weapons to Y" gives no AID', () => {
    const t = triples(extract('France urged the EU to quickly send weapons to Ukraine.'));
    expect(t).toEqual(['france DEMAND european-union']);
  });
  it('"threatened to strike" gives no ATTACK', () => {
    expect(triples(extract('Russia threatened to strike Ukraine.'))).not.toContain('russia ATTACK ukraine');
  });
  it('an asserted event before the demand is kept', () => {
    const t = triples(extract('Britain imposed sanctions on Iran and urged Germany to follow.'));
    expect(t).toEqual(expect.arrayContaining(['united-kingdom SANCTION iran', 'united-kingdom DEMAND germany']));
  });
  it('"agreed to send tanks to" is still AID (agreeing is not a directive)', () => {
    expect(triples(extract('Germany agreed to send tanks to Ukraine.'))).toContain('germany AID ukraine');
  });
});
