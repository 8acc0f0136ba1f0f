import { describe, it, expect } from '@jest/globals';
import { DEFAULT_VIEW, formatViewState, parseViewState, type ViewState } from '../src/core/url/state.js';
import { NO_FILTERS } from '../src/core/filters/types.js';

const states: [string, ViewState][] = [
  ['defaults', DEFAULT_VIEW],
  [
    'every filter',
    {
      filters: {
        hiddenKinds: ['Location', 'Person'],
        hiddenPredicates: ['HOLDS_POSITION', 'MEET'],
        hiddenQuads: ['neutral'],
        dateFrom: '2011-07-01',
        dateTo: '2011-07-31',
        article: '000_a4d32bf12a255a0f',
        minWeight: 2,
        focus: 'sergei-lavrov',
        depth: 2,
      },
      sizeBy: 'degree',
      colorBy: 'community',
      selected: 'e:MEET|sergei-lavrov|hillary-clinton|pos',
    },
  ],
  ['ids with reserved characters', { ...DEFAULT_VIEW, filters: { ...NO_FILTERS, article: 'a&b=c #1', focus: 'x/y?z', depth: 1 }, selected: 'Nga & Mỹ' }],
];

describe('URL state', () => {
  it.each(states)('round-trips %s', (_name, s) => {
    expect(parseViewState('#' + formatViewState(s))).toEqual(s);
  });

  it('writes nothing for the default view', () => expect(formatViewState(DEFAULT_VIEW)).toBe(''));

  it('falls back to defaults on malformed values', () => {
    const s = parseViewState('#minWeight=-3&depth=7&focus=x&from=yesterday&size=huge&color=rainbow');
    expect(s.filters).toEqual(NO_FILTERS);
    expect(s.sizeBy).toBe('pagerank');
    expect(s.colorBy).toBe('kind');
  });

  it('ignores a depth without a focus', () => {
    expect(parseViewState('depth=2').filters.depth).toBe(0);
  });
});
