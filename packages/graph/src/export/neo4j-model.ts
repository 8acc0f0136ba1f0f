/**
 * How the model maps onto Neo4j, shared by the CSV (neo4j-admin import) and Cypher exports,
 * and kept to the names of the Bolt loader (src/neo4j/cypher.ts, rows.ts) so that the three
 * routes build the same database and the cookbook queries run on any of them:
 * (:Entity:<kind> {id, name, aliases, wikidata, mentionCount}), (:Article {id, title, lang,
 * published, path}), (:Article)-[:MENTIONS {count}]->(:Entity), and one relationship type
 * per predicate with the loader's key and parallel evidence lists. The exports add the
 * metrics the loader does not compute (degree, pagerank, community on entities).
 */
import type { Document } from '@kg/extractor';
import type { EdgeAttributes, NodeAttributes } from '../model.js';
import { edgeKey as neo4jEdgeKey, evidenceKey } from '../neo4j/rows.js';

export type PropType = 'string' | 'int' | 'float' | 'boolean' | 'string[]' | 'int[]';
export type PropValue = string | number | boolean | string[] | number[] | null | undefined;
export interface PropSpec<T> { name: string; type: PropType; get: (x: T) => PropValue }

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
export interface MentionRow { article: string; entity: string; count: number }
export const MENTION_PROPS: PropSpec<MentionRow>[] = [{ name: 'count', type: 'int', get: (m) => m.count }];

/** The MENTIONS rows of a node, in article order. */
export const mentionRows = (entity: string, a: NodeAttributes): MentionRow[] =>
  a.articles.map((article) => ({ article, entity, count: a.articleMentions[article] ?? 0 }));

/** The model's evidence as the loader stores it: one entry per distinct span, parallel lists. */
function evidenceLists(a: EdgeAttributes) {
  const seen = new Set<string>();
  const spans = a.evidence.filter((e) => { const k = evidenceKey(e.doc, e.start, e.end); return !seen.has(k) && seen.add(k); });
  return {
    keys: spans.map((e) => evidenceKey(e.doc, e.start, e.end)),
    articles: spans.map((e) => e.doc),
    sentences: spans.map((e) => e.sentence),
    starts: spans.map((e) => e.start),
    ends: spans.map((e) => e.end),
  };
}

export interface EdgeRow { source: string; target: string; a: EdgeAttributes }

/** The loader's edge key for a model edge (subject|PREDICATE|object|affirmed/negated). */
export const relationKey = (e: EdgeRow): string => neo4jEdgeKey(e.source, e.a.predicate, e.target, e.a.negated);

/**
 * Relationship properties, named as the loader names them. `attributedTo` is one entity id
 * or null there: the model's list is written when it has exactly one id, else null.
 */
export const RELATION_PROPS: PropSpec<EdgeRow>[] = [
  { name: 'key', type: 'string', get: relationKey },
  { name: 'negated', type: 'boolean', get: (e) => e.a.negated },
  { name: 'symmetric', type: 'boolean', get: (e) => e.a.symmetric },
  { name: 'cameo', type: 'string', get: (e) => e.a.cameo },
  { name: 'quadClass', type: 'string', get: (e) => e.a.quadClass },
  { name: 'confidence', type: 'float', get: (e) => e.a.confidence },
  { name: 'attributedTo', type: 'string', get: (e) => (e.a.attributedTo.length === 1 ? e.a.attributedTo[0] : null) },
  { name: 'firstSeen', type: 'string', get: (e) => e.a.firstSeen },
  { name: 'lastSeen', type: 'string', get: (e) => e.a.lastSeen },
  { name: 'topics', type: 'string[]', get: (e) => e.a.topics },
  { name: 'dates', type: 'string[]', get: (e) => e.a.dates },
  { name: 'weight', type: 'int', get: (e) => e.a.weight },
  { name: 'evidenceKeys', type: 'string[]', get: (e) => evidenceLists(e.a).keys },
  { name: 'evidenceArticles', type: 'string[]', get: (e) => evidenceLists(e.a).articles },
  { name: 'evidenceSentences', type: 'string[]', get: (e) => evidenceLists(e.a).sentences },
  { name: 'evidenceStarts', type: 'int[]', get: (e) => evidenceLists(e.a).starts },
  { name: 'evidenceEnds', type: 'int[]', get: (e) => evidenceLists(e.a).ends },
];
