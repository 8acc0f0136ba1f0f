/**
 * How the model maps onto Neo4j, shared by the CSV (neo4j-admin import) and Cypher exports,
 * and kept to the names of the Bolt loader (src/neo4j/cypher.ts, rows.ts) so that the three
 * routes build the same database and the cookbook queries run on any of them:
 * (:Entity:<kind> {id, name, aliases, wikidata, mentionCount}), (:Article {id, title, lang,
 * published, path}), (:Article)-[:MENTIONS {count}]->(:Entity), and one relationship type
 * per predicate whose properties come from the one table (relationship.ts). Entities carry
 * the model's metrics (degree, pagerank, community), as the loader writes them.
 */
import type { Document } from '@kg/extractor';
import type { NodeAttributes } from '../model.js';
import { RELATIONSHIP_PROPS, type PropSpec } from '../neo4j/relationship.js';

export type { PropSpec, PropType, PropValue } from '../neo4j/relationship.js';

export const ENTITY_LABEL = 'Entity';
export const ARTICLE_LABEL = 'Article';
export const MENTIONS_TYPE = 'MENTIONS';

/** Entity properties besides `id`. */
export const ENTITY_PROPS: PropSpec<NodeAttributes>[] = [
  { name: 'name', type: 'string', get: (a) => a.label },
  { name: 'aliases', type: 'string[]', get: (a) => a.aliases },
  { name: 'wikidata', type: 'string', get: (a) => a.wikidata },
  { name: 'mentionCount', type: 'int', get: (a) => a.mentions },
  { name: 'degree', type: 'int', get: (a) => a.degree },
  { name: 'pagerank', type: 'float', get: (a) => a.pagerank },
  { name: 'community', type: 'int', get: (a) => a.community },
];

/** Article properties besides `id`; the full text stays in graph.json. */
export const ARTICLE_PROPS: PropSpec<Document>[] = [
  { name: 'title', type: 'string', get: (d) => d.title },
  { name: 'lang', type: 'string', get: (d) => d.lang },
  { name: 'published', type: 'string', get: (d) => d.published },
  { name: 'path', type: 'string', get: (d) => d.path },
];

/** One MENTIONS relationship: article → entity, with the number of mentions in that article. */
export interface MentionRow {
  article: string;
  entity: string;
  count: number;
}
export const MENTION_PROPS: PropSpec<MentionRow>[] = [{ name: 'count', type: 'int', get: (m) => m.count }];

/** The MENTIONS rows of a node, in article order. */
export const mentionRows = (entity: string, a: NodeAttributes): MentionRow[] =>
  a.articles.map((article) => ({ article, entity, count: a.articleMentions[article] ?? 0 }));

/** Relationship properties: the one table the Bolt loader writes too (relationship.ts). */
export const RELATION_PROPS = RELATIONSHIP_PROPS;
