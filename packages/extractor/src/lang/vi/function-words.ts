/** Single Vietnamese function words the rules read structure from (data/lexicons/vi/function-words.tsv), as fold keys. */
import { wordFile } from './word-sets.js';

export const FUNCTION_WORDS = wordFile('function-words.tsv', [
  'between',
  'copula',
  'possessive',
  'wide-boundary',
  'continuing-boundary',
  'and',
  'event-link',
  'occurrence',
  'ordinal',
]);
