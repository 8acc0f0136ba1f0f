/**
 * Title grammar beyond "<qualifier> <Title> <Name>": relational titles ("his Russian
 * counterpart X"), appositives with a seat or a post relative to another person, "leader",
 * and a lower-case title the people gazetteer confirms.
 */
import { describe, it, expect } from '@jest/globals';
import { extract } from './helpers.js';

const posts = (text: string): string[] =>
  extract(text)
    .relations.filter((r) => r.predicate === 'HOLDS_POSITION')
    .map((r) => `${r.subject} ${r.object} ${r.topic}`)
    .sort();

describe('en title grammar', () => {
  it('a counterpart holds the same kind of post in the country qualifying it', () => {
    expect(posts('Foreign Minister Anna Kowalczyk and her German counterpart Erik Brandauer signed the accord.')).toEqual([
      'erik-brandauer germany Foreign Minister',
    ]);
  });

  it('a known counterpart takes the title the gazetteer gives in that country', () => {
    expect(posts('The visiting delegation and their Russian counterpart Mikhail Mishustin signed the accord.')).toEqual([
      'mikhail-mishustin russia Prime Minister',
    ]);
  });

  it('no post from a counterpart with no title to copy', () => {
    expect(posts('The delegation and its Polish counterpart Erik Brandauer signed the accord.')).toEqual([]);
  });

  it('"<country> leader X" is a post', () => {
    expect(posts('Talks with Belarusian leader Anton Hrabovsky lasted an hour.')).toEqual(['anton-hrabovsky belarus Leader']);
  });

  it('a lower-case title at the end of a sentence takes no name from the next one', () => {
    expect(posts('He would speak with the Belarusian leader. Anton Hrabovsky and Anna Kowalczyk met later.')).toEqual([]);
  });

  it('an appositive with a seat of government holds the post in its country', () => {
    expect(posts('Anna Kowalczyk, the White House deputy national security adviser, spoke on Monday.')).toEqual([
      'anna-kowalczyk united-states Deputy National Security Adviser',
    ]);
  });

  it("an adviser to a titled person holds the post in that person's country", () => {
    expect(posts('The plan is ready, said Erik Brandauer, an adviser to Polish President Anna Kowalczyk, on Monday.')).toEqual([
      'anna-kowalczyk poland President',
      'erik-brandauer poland Adviser',
    ]);
  });

  it('an adviser to an untitled person holds no post', () => {
    expect(posts('The plan is ready, said Erik Brandauer, an adviser to Anna Kowalczyk, on Monday.')).toEqual([]);
  });

  it('a lower-case title before a known person who held it', () => {
    expect(posts('The United States statement came from press secretary Sarah Sanders on Friday.')).toEqual([
      'sarah-huckabee-sanders united-states Press Secretary',
    ]);
  });

  it('no lower-case title before a known person who never held it', () => {
    expect(posts('The statement came from press secretary Sergei Lavrov on Friday.')).toEqual([]);
  });
});
