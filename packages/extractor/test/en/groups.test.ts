/** MEMBER_OF from groups named with their member list, "X is a member of Y", and one relation per conjunct. */
import { describe, it, expect } from '@jest/globals';
import { extract, triples } from './helpers.js';

const members = (text: string): string[] =>
  triples(extract(text))
    .filter((t) => t.includes(' MEMBER_OF '))
    .sort();

describe('en groups and membership', () => {
  it('"the E3 (France, Germany and Britain)" is an organization with three members', () => {
    const x = extract('The E3 (France, Germany and Britain) warned Iran on Monday. The E3 later met Iran.');
    expect(x.entities.find((e) => e.id === 'e3')).toMatchObject({ type: 'Organization' });
    expect(x.entities.find((e) => e.id === 'e3')!.mentions).toHaveLength(2);
    expect(members('The E3 (France, Germany and Britain) warned Iran on Monday.')).toEqual([
      'france MEMBER_OF e3',
      'germany MEMBER_OF e3',
      'united-kingdom MEMBER_OF e3',
    ]);
  });

  it.each(['Britain, France and Germany (the E3) warned Iran.', 'Britain, France and Germany — the E3 — warned Iran.'])(
    'the list may come first: %s',
    (text) => {
      expect(members(text)).toEqual(['france MEMBER_OF e3', 'germany MEMBER_OF e3', 'united-kingdom MEMBER_OF e3']);
    },
  );

  it('"the Quad (India, Japan, Australia and the United States)"', () => {
    expect(members('The Quad (India, Japan, Australia and the United States) met in Tokyo.')).toHaveLength(4);
  });

  it.each([
    ['Sweden is a member of NATO.', ['sweden MEMBER_OF nato']],
    ['Poland, a member of the European Union, objected.', ['poland MEMBER_OF european-union']],
    ['Poland and Hungary are members of the EU.', ['hungary MEMBER_OF european-union', 'poland MEMBER_OF european-union']],
    ['Poland and Lithuania, both NATO members, backed Finland.', ['lithuania MEMBER_OF nato', 'poland MEMBER_OF nato']],
    [
      'Estonia, Latvia and Lithuania, all EU members, objected.',
      ['estonia MEMBER_OF european-union', 'latvia MEMBER_OF european-union', 'lithuania MEMBER_OF european-union'],
    ],
  ])('%s', (text, expected) => {
    expect(members(text)).toEqual(expected);
  });

  it.each(['The ministers (France and Germany) met.', 'The minister is a member of the Labour Party.', 'The talks (in Geneva) ended.'])(
    'no membership without a named group and countries: %s',
    (text) => {
      expect(members(text)).toEqual([]);
    },
  );

  it('a coordinated subject gives one relation per conjunct', () => {
    const t = triples(extract('Italy, Spain and Portugal warned Morocco on Tuesday.'));
    expect(t).toEqual(expect.arrayContaining(['italy WARN morocco', 'spain WARN morocco', 'portugal WARN morocco']));
  });
});

describe('en groups named by an appositive list', () => {
  it('"the <Name>, the grouping of A, B and C" makes each a member', () => {
    const x = extract('Talks ahead of a summit of the Trio, the grouping of Chile, Peru and Bolivia, ended on Monday.');
    expect(
      x.relations
        .filter((r) => r.predicate === 'MEMBER_OF')
        .map((r) => `${r.subject} ${r.object}`)
        .sort(),
    ).toEqual(['bolivia trio', 'chile trio', 'peru trio']);
  });

  it('no group from a noun that names no grouping', () => {
    const x = extract('Talks ahead of a summit of the Trio, the capital of Chile, Peru and Bolivia, ended on Monday.');
    expect(x.relations.filter((r) => r.predicate === 'MEMBER_OF')).toEqual([]);
  });
});
