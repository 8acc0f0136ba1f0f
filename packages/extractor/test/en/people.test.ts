/**
 * The people gazetteer in the English plugin: known people are persons even with no title or
 * cue, under the gazetteer's id; a title with no country in the text takes the one the
 * gazetteer lists for that person and that title, and nothing when it lists none.
 */
import { describe, it, expect } from '@jest/globals';
import { extract } from './helpers.js';

const posts = (text: string, published: string | null = null): string[] =>
  extract(text, published)
    .relations.filter((r) => r.predicate === 'HOLDS_POSITION')
    .map((r) => `${r.subject} ${r.object} ${r.topic}`);
const persons = (text: string): string[] =>
  extract(text)
    .entities.filter((e) => e.type === 'Person')
    .map((e) => e.id);

describe('en known people', () => {
  it('a known full name is a person without a title or cue', () => {
    expect(persons('Talks between Xi Jinping and the visiting delegation lasted an hour.')).toEqual(['xi-jinping']);
  });

  it('an initial stands for the given name it starts', () => {
    expect(persons('Talks with S. Jaishankar lasted an hour, officials said.')).toEqual(['subrahmanyam-jaishankar']);
    expect(persons('Talks with Anna K. Kowalczyk lasted an hour, Anna K. Kowalczyk said.')).toEqual(['anna-k-kowalczyk']);
  });

  it('a middle name does not hide a known person', () => {
    expect(persons('Mikhail Vladimirovich Mishustin arrived on Monday.')).toEqual(['mikhail-mishustin']);
  });

  it('a title with no country takes the post the gazetteer lists for it', () => {
    expect(posts('Foreign Minister Sergey Lavrov left Russia for Ankara on Monday.')).toEqual(['sergei-lavrov russia Foreign Minister']);
    expect(posts('Prime Minister Pham Minh Chinh opened the forum in Vietnam.')).toEqual(['pham-minh-chinh vietnam Prime Minister']);
  });

  it('no post when the gazetteer does not list that title for the person', () => {
    expect(posts('Defense Minister Wang Yi opened the forum.')).toEqual([]);
  });

  it('no post for a title the person did not hold at the date of the article', () => {
    expect(posts('Secretary of State John Kerry opened the forum.', '2023-05-02')).toEqual([]);
    expect(posts('Secretary of State John Kerry opened the forum in the United States.', '2015-05-02')).toEqual([
      'john-kerry united-states Secretary of State',
    ]);
  });

  it('no post in a country the article never names (there is no node for it)', () => {
    expect(posts('Foreign Minister Sergey Lavrov arrived in Ankara on Monday.')).toEqual([]);
  });

  it('an unknown person with a bare title gets no post', () => {
    expect(posts('Prime Minister Anna Kowalczyk opened the forum.')).toEqual([]);
  });
});

describe('en pronouns after a sentence with no event', () => {
  it('"He" is the person the previous sentence opens with', () => {
    const x = extract('Olaf Scholz expressed his thanks for the welcome. He later met Emmanuel Macron.');
    expect(x.relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`)).toContain('olaf-scholz MEET emmanuel-macron');
  });

  it('not when the previous sentence opens with no one person', () => {
    const x = extract('Olaf Scholz and Anna Kowalczyk expressed their thanks. He later met Emmanuel Macron.');
    expect(x.relations.filter((r) => r.predicate === 'MEET')).toEqual([]);
  });
});
