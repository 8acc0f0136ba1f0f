/** A known body's name inside a longer capitalised name is another body. */
import { describe, it, expect } from '@jest/globals';
import { extract } from './helpers.js';

const orgs = (text: string): string[] =>
  extract(text)
    .entities.filter((e) => e.type === 'Organization')
    .map((e) => e.name);

describe('en longer body names', () => {
  it('"National Security Council" after a country is that country\'s council', () => {
    expect(orgs('The Israeli National Security Council met on Sunday.')).toEqual(['Israel National Security Council']);
  });

  it('the known body itself stays itself', () => {
    expect(orgs('The Security Council met on Sunday.')).toEqual(['UN Security Council']);
    expect(orgs('Security Council members met on Sunday.')).toEqual(['UN Security Council']);
    expect(orgs('Russia vetoed it at the UN Security Council on Sunday.')).toEqual(['UN Security Council']);
  });

  it('a post in the longer body is held there', () => {
    const x = extract('U.S. National Security Council spokeswoman Anna Kowalczyk said the talks went well.');
    expect(x.relations.filter((r) => r.predicate === 'HOLDS_POSITION').map((r) => r.object)).toEqual(['united-states-national-security-council']);
  });
});
