/**
 * The typed attribute tables the file exports share: which model attributes go out, under
 * which type, and how list and object values become strings in formats without lists.
 */
import type { EdgeAttributes, NodeAttributes } from '../model.js';

export type ValueType = 'string' | 'int' | 'double' | 'boolean' | 'strings' | 'json';

/** Node attributes written as data (label, position, size and colour go to each format's own slots). */
export const NODE_FIELDS: ReadonlyArray<[keyof NodeAttributes, ValueType]> = [
  ['kind', 'string'],
  ['aliases', 'strings'],
  ['wikidata', 'string'],
  ['mentions', 'int'],
  ['articles', 'strings'],
  ['articleMentions', 'json'],
  ['positions', 'json'],
  ['degree', 'int'],
  ['pagerank', 'double'],
  ['community', 'int'],
];

/** Edge attributes written as data (label, weight, colour and size go to the format's own slots where it has them). */
export const EDGE_FIELDS: ReadonlyArray<[keyof EdgeAttributes, ValueType]> = [
  ['predicate', 'string'],
  ['topics', 'strings'],
  ['dates', 'strings'],
  ['firstSeen', 'string'],
  ['lastSeen', 'string'],
  ['confidence', 'double'],
  ['negated', 'boolean'],
  ['attributedTo', 'strings'],
  ['cameo', 'string'],
  ['quadClass', 'string'],
  ['symmetric', 'boolean'],
  ['evidence', 'json'],
];

/** JSON for lists and objects: unambiguous whatever the items contain ("|" or "," included). */
export const asJson = (v: unknown): string => JSON.stringify(v);
