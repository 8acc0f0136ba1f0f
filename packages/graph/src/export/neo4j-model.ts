/**
 * How the model maps onto Neo4j, shared by the CSV (neo4j-admin import) and Cypher exports
 * so both produce the same database: (:Entity:<kind> {id, …}), (:Article {id, …}),
 * (:Article)-[:MENTIONS]->(:Entity), and one relationship type per predicate, carrying the
 * model edge key as `key`. Evidence is a JSON string (Neo4j properties cannot hold lists of
 * maps). Null values are not written (in Neo4j a null property is an absent one).
 */
import type { Document } from '@kg/extractor';
import type { EdgeAttributes, NodeAttributes } from '../model.js';
import { asJson } from './values.js';

export type PropType = 'string' | 'int' | 'float' | 'boolean' | 'string[]';
export type PropValue = string | number | boolean | string[] | null | undefined;
export interface PropSpec<T> { name: string; type: PropType; get: (x: T) => PropValue }

export const ENTITY_LABEL = 'Entity';
export const ARTICLE_LABEL = 'Article';
export const MENTIONS_TYPE = 'MENTIONS';

/** Entity properties besides `id`: the model's descriptive and metric attributes. */
export const ENTITY_PROPS: PropSpec<NodeAttributes>[] = [
  { name: 'name', type: 'string', get: (a) => a.label },
  { name: 'kind', type: 'string', get: (a) => a.kind },
  { name: 'aliases', type: 'string[]', get: (a) => a.aliases },
  { name: 'wikidata', type: 'string', get: (a) => a.wikidata },
  { name: 'mentions', type: 'int', get: (a) => a.mentions },
  { name: 'degree', type: 'int', get: (a) => a.degree },
  { name: 'pagerank', type: 'float', get: (a) => a.pagerank },
  { name: 'community', type: 'int', get: (a) => a.community },
];

/** Article properties besides `id`; the full text stays in graph.json. */
export const ARTICLE_PROPS: PropSpec<Document>[] = [
  { name: 'title', type: 'string', get: (d) => d.title },
  { name: 'path', type: 'string', get: (d) => d.path },
  { name: 'lang', type: 'string', get: (d) => d.lang },
  { name: 'published', type: 'string', get: (d) => d.published },
];

/** Relationship properties: the model edge minus display attributes (colour, size). */
export const RELATION_PROPS: PropSpec<{ key: string; a: EdgeAttributes }>[] = [
  { name: 'key', type: 'string', get: (e) => e.key },
  { name: 'label', type: 'string', get: (e) => e.a.label },
  { name: 'topics', type: 'string[]', get: (e) => e.a.topics },
  { name: 'dates', type: 'string[]', get: (e) => e.a.dates },
  { name: 'firstSeen', type: 'string', get: (e) => e.a.firstSeen },
  { name: 'lastSeen', type: 'string', get: (e) => e.a.lastSeen },
  { name: 'weight', type: 'int', get: (e) => e.a.weight },
  { name: 'confidence', type: 'float', get: (e) => e.a.confidence },
  { name: 'negated', type: 'boolean', get: (e) => e.a.negated },
  { name: 'attributedTo', type: 'string[]', get: (e) => e.a.attributedTo },
  { name: 'cameo', type: 'string', get: (e) => e.a.cameo },
  { name: 'quadClass', type: 'string', get: (e) => e.a.quadClass },
  { name: 'symmetric', type: 'boolean', get: (e) => e.a.symmetric },
  { name: 'evidence', type: 'string', get: (e) => asJson(e.a.evidence) },
];
