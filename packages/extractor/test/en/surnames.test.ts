/**
 * A surname alone is a person when a reporting verb or an honorific introduces it: the known
 * person of the people gazetteer when it is that person's distinctive short form, else a
 * person named by the one word, which the corpus merge joins to a full name.
 */
import { describe, it, expect } from '@jest/globals';
import { en } from '../../src/lang/en/index.js';
import { mergeExtractions } from '../../src/corpus.js';
import { extract } from './helpers.js';

const persons = (text: string): string[] =>
  extract(text)
    .entities.filter((e) => e.type === 'Person')
    .map((e) => e.name);

describe('en lone surnames', () => {
  it.each([
    ['Merkel said Germany would support France.', 'Angela Merkel'],
    ['Kyiv will not give up, said Zelensky.', 'Volodymyr Zelensky'],
    ['Mr. Scholz met the press on Friday.', 'Olaf Scholz'],
    ['Kowalczyk told reporters that Poland opposed Russia.', 'Kowalczyk'],
    ['Mr. Brandauer met the press on Friday.', 'Brandauer'],
  ])('%s → %s', (text, name) => {
    expect(persons(text)).toEqual([name]);
  });

  it('the speaker is the attribution of the clause it reports', () => {
    const x = extract('Merkel said Germany would support France.');
    expect(x.relations.find((r) => r.predicate === 'SUPPORT')?.attributedTo).toBe('angela-merkel');
  });

  it('a later use of the same surname is the same person', () => {
    const x = extract('Russia is ready, Putin said. Putin later spoke to the Duma.');
    expect(x.entities.find((e) => e.name === 'Vladimir Putin')?.mentions).toHaveLength(2);
    const y = extract('Poland is ready, Kowalczyk said. Kowalczyk later spoke to the Sejm.');
    expect(y.entities.find((e) => e.name === 'Kowalczyk')?.mentions).toHaveLength(2);
  });

  it.each([
    'Officials said Russia attacked Ukraine.',
    'Sources said Russia attacked Ukraine.',
    'Protesters said the police fired first.',
    'Police said the attack was over.',
    'NATO said Russia attacked Ukraine.',
    'Xinhua said the talks went well.',
  ])('no person from a common noun or a known name: %s', (text) => {
    expect(persons(text)).toEqual([]);
  });

  it('a full name in the same article wins over the lone surname', () => {
    expect(persons('Vladimir Putin arrived on Monday. Putin said the talks went well.')).toEqual(['Vladimir Putin']);
  });

  it('"Mr Vladimir Putin" is the full name, not the honorific plus a given name', () => {
    expect(persons('Mr Vladimir Putin met the press on Friday.')).toEqual(['Vladimir Putin']);
  });

  it('the corpus merge joins a lone surname to the full name of another article', () => {
    const doc = (id: string, text: string) => en.extract({ id, path: `${id}.txt`, title: '', lang: 'en', published: null, text });
    const g = mergeExtractions([doc('a', 'Anna Kowalczyk arrived in Minsk on Monday.'), doc('b', 'Poland is ready, Kowalczyk said.')]);
    const people = g.entities.filter((e) => e.type === 'Person');
    expect(people.map((e) => e.name)).toEqual(['Anna Kowalczyk']);
    expect(people[0].aliases).toEqual(expect.arrayContaining(['Anna Kowalczyk', 'Kowalczyk']));
  });
});
