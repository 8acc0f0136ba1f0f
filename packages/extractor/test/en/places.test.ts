/** Places and events the gazetteer does not know, typed by a feature noun, an event noun, a place preposition or a dateline. */
import { describe, it, expect } from '@jest/globals';
import { extract } from './helpers.js';

const typed = (text: string): string[] => extract(text).entities.map((e) => `${e.name}/${e.type}`);

describe('en unknown places and events', () => {
  it.each([
    ['Philippine vessels reached Sabina Shoal on Friday.', 'Sabina Shoal/Location'],
    ['Chinese ships blocked Second Thomas Shoal again.', 'Second Thomas Shoal/Location'],
    ['Iran threatened to close the Strait of Hormuz.', 'Strait of Hormuz/Location'],
    ['The talks were held in Przemyśl, near the border.', 'Przemyśl/Location'],
    ['Fighting continued near El Fasher on Sunday.', 'El Fasher/Location'],
    ['Biden met officials in Woodside on Friday.', 'Woodside/Location'],
    ['KADUGLI, Sudan (Reuters) — Fighting resumed on Monday.', 'Kadugli/Location'],
    ['The Talisman Sabre exercise began on Monday.', 'Talisman Sabre/Event'],
    ['Japan and India began the annual Dharma Guardian exercise on Monday.', 'Dharma Guardian/Event'],
    ['NATO said the Steadfast Defender drills would start.', 'Steadfast Defender/Event'],
    ['Leaders gathered for the G7 summit in Hiroshima.', 'G7 summit/Event'],
    ['Drones hit Sumy region overnight.', 'Sumy/Location'],
    ['They landed at Ben Gurion airport.', 'Ben Gurion/Location'],
  ])('%s → %s', (text, expected) => {
    expect(typed(text)).toContain(expected);
  });

  it('a feature noun keeps a given name inside a place from making a person', () => {
    expect(typed('Philippine vessels reached Sabina Shoal on Friday.').some((e) => e.endsWith('/Person'))).toBe(false);
  });

  it('a given name inside a place before a lower-case feature is no person', () => {
    expect(typed('They landed at Ben Gurion airport.').some((e) => e.endsWith('/Person'))).toBe(false);
  });

  it('the organization of "the G7 summit" is still an organization', () => {
    expect(typed('Leaders gathered for the G7 summit in Hiroshima.')).toContain('G7/Organization');
  });

  it.each([
    'Russia attacked Ukraine in March.',
    'He studied at Harvard University.',
    'He spoke in Parliament on Monday.',
    "The deal was signed in Putin's dacha.",
    'The plan was discussed at NATO headquarters.',
    'She worked in John Smith Street.',
    'The clause in Article 5 applies.',
    'He said in English that the war was over.',
    'The report in Xinhua said so.',
    'He attended the Xi Jinping talks.',
  ])('no place from a month, an institution, a possessive or a person: %s', (text) => {
    expect(typed(text).filter((e) => e.endsWith('/Location') || e.endsWith('/Event'))).toEqual([]);
  });
});
