/** Name utilities: slugs, fuzzy person-name matching and canonical forms. */
export { slugify, foldDiacritics } from './slugify.js';
export {
  parseName,
  tokensCompatible,
  namesMatch,
  surnameMatches,
  firstNameMatches,
  canonicalName,
  surnameBlockKeys,
  blockKeyWith,
  type NameParts,
  type NameLike,
} from './person-name.js';
export { damerauLevenshtein } from './distance.js';
