/**
 * CSV files for `neo4j-admin database import full` (the command is in README.md, Exports).
 * Four files: entity nodes, article nodes, MENTIONS and the predicate relationships, with
 * typed headers (`weight:int`, `topics:string[]`, `evidenceStarts:int[]` …) and separate ID spaces for entities and
 * articles so an article id can never collide with an entity id. Quoting by csv-stringify
 * (RFC 4180; import with --multiline-fields=true). A null is an empty unquoted field (no
 * property), an empty string is `""`, an empty list is written as no property.
 * neo4j-admin cannot escape the array delimiter inside an item, so a ";" inside a list item
 * is written as "；" (U+FF1B): the one lossy change.
 */
import { stringify } from 'csv-stringify/sync';
import { foldedEdge, type KgGraph } from '../model.js';
import { ARTICLE_LABEL, ARTICLE_PROPS, ENTITY_LABEL, ENTITY_PROPS, MENTION_PROPS, MENTIONS_TYPE, RELATION_PROPS, mentionRows } from './neo4j-model.js';
import type { PropSpec, PropValue } from './neo4j-model.js';

export const ARRAY_DELIMITER = ';';
export const DELIMITER_STANDIN = '\uFF1B';

export type CsvFiles = Record<string, string>;

export const CSV_FILES = {
  entities: 'nodes_entities.csv',
  articles: 'nodes_articles.csv',
  mentions: 'rels_mentions.csv',
  relations: 'rels_relations.csv',
} as const;

const header = <T>(p: PropSpec<T>): string => (p.type === 'string' ? p.name : `${p.name}:${p.type}`);

function cell(v: PropValue): string | null {
  if (v === null || v === undefined) return null;
  if (Array.isArray(v)) return v.length === 0 ? null : v.map((s) => String(s).replaceAll(ARRAY_DELIMITER, DELIMITER_STANDIN)).join(ARRAY_DELIMITER);
  return String(v);
}

// Quote empty strings (else they would read as null) and edge whitespace (else trimmed).
const csv = (rows: (string | null)[][]): string => stringify(rows, { quoted_match: /^$|^\s|\s$/ });

/** The four import files, keyed by file name. */
export function toNeo4jCsv(model: KgGraph): CsvFiles {
  const entities = [[`id:ID(${ENTITY_LABEL})`, ...ENTITY_PROPS.map(header), ':LABEL']];
  const mentions = [[`:START_ID(${ARTICLE_LABEL})`, `:END_ID(${ENTITY_LABEL})`, ':TYPE', ...MENTION_PROPS.map(header)]];
  model.forEachNode((key, a) => {
    entities.push([key, ...ENTITY_PROPS.map((p) => cell(p.get(a))), `${ENTITY_LABEL};${a.kind}`] as string[]);
    for (const m of mentionRows(key, a)) mentions.push([m.article, m.entity, MENTIONS_TYPE, ...MENTION_PROPS.map((p) => cell(p.get(m)))] as string[]);
  });
  const articles = [[`id:ID(${ARTICLE_LABEL})`, ...ARTICLE_PROPS.map(header), ':LABEL']];
  for (const d of model.getAttribute('documents')) articles.push([d.id, ...ARTICLE_PROPS.map((p) => cell(p.get(d))), ARTICLE_LABEL] as string[]);
  const relations = [[`:START_ID(${ENTITY_LABEL})`, `:END_ID(${ENTITY_LABEL})`, ':TYPE', ...RELATION_PROPS.map(header)]];
  model.forEachEdge((key) => {
    const e = foldedEdge(model, key);
    relations.push([e.subject, e.object, e.predicate, ...RELATION_PROPS.map((p) => cell(p.get(e)))] as string[]);
  });
  return {
    [CSV_FILES.entities]: csv(entities),
    [CSV_FILES.articles]: csv(articles),
    [CSV_FILES.mentions]: csv(mentions),
    [CSV_FILES.relations]: csv(relations),
  };
}
