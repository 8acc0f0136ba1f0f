/** The English lexicon's verb inflection: trigger and reporting verbs match in every one-word form. */
import { describe, it, expect } from '@jest/globals';
import { inflections } from '../../src/lang/en/lexicon.js';

describe('inflections', () => {
  it.each([
    ['speak', ['speak', 'speaks', 'spoke', 'spoken', 'speaking']],
    ['withdraw', ['withdraw', 'withdraws', 'withdrew', 'withdrawn', 'withdrawing']],
    ['criticize', ['criticize', 'criticizes', 'criticized', 'criticizing']],
  ])('%s', (verb, forms) => expect(inflections(verb).sort()).toEqual([...forms].sort()));
});
