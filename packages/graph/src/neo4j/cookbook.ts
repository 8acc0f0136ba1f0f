/**
 * The Cypher cookbook: analysts' questions and the read-only queries that answer them over
 * the loaded news graph. One list shared by docs/cookbook.md and the cookbook test.
 * Parameters are examples; relationship endpoints follow the stored direction, and
 * symmetric predicates (MEET, CALL, COOPERATE, DISAGREE, CONFLICT) are matched undirected.
 */

export interface Recipe {
  id: string;
  question: string;
  cypher: string;
  params: Record<string, unknown>;
  /** Why the query is written this way, for the docs. */
  note?: string;
}

const CONFLICT = "['verbal-conflict', 'material-conflict']";
const COOPERATION = "['verbal-cooperation', 'material-cooperation']";

export const COOKBOOK: readonly Recipe[] = [
  {
    id: 'met-or-called',
    question: 'Who met or called whom, and when?',
    cypher: `MATCH (a:Entity)-[r:MEET|CALL]-(b:Entity)
WHERE a.id < b.id
RETURN a.name AS a, type(r) AS how, b.name AS b, coalesce(r.dates, []) AS dates, r.weight AS evidence
ORDER BY a, b, how`,
    params: {},
    note: 'MEET and CALL are symmetric and stored once per pair; `a.id < b.id` prints each pair once.',
  },
  {
    id: 'disagreements-by-topic',
    question: "Russia's disagreements, by topic: who is on the other side?",
    cypher: `MATCH (c:Entity {id: $entity})-[r]-(other:Entity)
WHERE r.quadClass = 'verbal-conflict'
UNWIND (CASE size(coalesce(r.topics, [])) WHEN 0 THEN ['(no topic)'] ELSE r.topics END) AS topic
WITH topic, other ORDER BY other.name
RETURN topic, collect(DISTINCT other.name) AS counterparts
ORDER BY topic`,
    params: { entity: 'russia' },
    note: 'Verbal conflict in the CAMEO quad classes: DISAGREE, OPPOSE, CRITICIZE, ACCUSE, REJECT, … in either direction.',
  },
  {
    id: 'edge-evidence',
    question: 'Why is there an edge? The sentences behind one relationship.',
    cypher: `MATCH (a:Entity {id: $a})-[r]-(b:Entity {id: $b})
WHERE type(r) = $predicate
UNWIND range(0, size(r.evidenceKeys) - 1) AS i
MATCH (art:Article {id: r.evidenceArticles[i]})
RETURN art.id AS article, art.title AS title, r.evidenceSentences[i] AS sentence,
       r.evidenceStarts[i] AS start, r.evidenceEnds[i] AS end
ORDER BY article, start`,
    params: { a: 'russia', b: 'nato', predicate: 'DISAGREE' },
    note: 'Evidence is stored on the edge as parallel lists (keys, articles, sentences, offsets).',
  },
  {
    id: 'central-actors',
    question: 'Who are the most central actors?',
    cypher: `MATCH (e:Entity)
RETURN e.name AS actor, COUNT { (e)-[]-(:Entity) } AS degree, e.pagerank AS pagerank
ORDER BY degree DESC, actor
LIMIT toInteger($limit)`,
    params: { limit: 5 },
    note: "Degree over entity–entity relationships (MENTIONS come from articles and are not counted); pagerank is the model's, written by every route (of the graph loaded last for that entity).",
  },
  {
    id: 'shortest-path',
    question: 'How are two people connected? (all shortest paths)',
    cypher: `MATCH p = allShortestPaths((a:Entity {id: $from})-[*..6]-(b:Entity {id: $to}))
WHERE all(r IN relationships(p) WHERE type(r) <> 'MENTIONS')
RETURN [n IN nodes(p) | n.name] AS path, [r IN relationships(p) | type(r)] AS via
ORDER BY path`,
    params: { from: 'jens-stoltenberg', to: 'barack-obama' },
    note: 'Articles are left out of paths: two actors named in the same article are not thereby related.',
  },
  {
    id: 'cooperate-and-disagree',
    question: 'Which pairs of actors both cooperate and are in conflict?',
    cypher: `MATCH (a:Entity)-[c]-(b:Entity)
WHERE a.id < b.id AND c.quadClass IN ${COOPERATION}
MATCH (a)-[d]-(b)
WHERE d.quadClass IN ${CONFLICT}
WITH a, b, type(c) AS cooperation, type(d) AS conflict ORDER BY cooperation, conflict
RETURN a.name AS a, b.name AS b, collect(DISTINCT cooperation) AS cooperation, collect(DISTINCT conflict) AS conflict
ORDER BY a, b`,
    params: {},
  },
  {
    id: 'article-says',
    question: 'What does one article say?',
    cypher: `MATCH (art:Article {id: $article})
MATCH (s:Entity)-[r]->(o:Entity)
WHERE art.id IN r.evidenceArticles
RETURN art.title AS title, s.name AS subject, type(r) AS predicate, o.name AS object, coalesce(r.topics, []) AS topics
ORDER BY subject, predicate, object`,
    params: { article: 'doc-b' },
    note: 'Scans relationships: fine for analyst use; for large graphs, start from the entities the article MENTIONS.',
  },
  {
    id: 'pair-timeline',
    question: 'Timeline of a pair: what happened between two actors, in date order?',
    cypher: `MATCH (a:Entity {id: $a})-[r]-(b:Entity {id: $b})
UNWIND (CASE size(coalesce(r.dates, [])) WHEN 0 THEN [null] ELSE r.dates END) AS date
RETURN date, startNode(r).name AS subject, type(r) AS predicate, endNode(r).name AS object, coalesce(r.topics, []) AS topics
ORDER BY date, predicate`,
    params: { a: 'russia', b: 'nato' },
    note: 'Relations without a date come last (null sorts last).',
  },
  {
    id: 'positions-by-country',
    question: "Countries' positions: who holds which post for each country?",
    cypher: `MATCH (p:Person)-[h:HOLDS_POSITION]->(c:Country)
UNWIND (CASE size(coalesce(h.topics, [])) WHEN 0 THEN ['(unknown post)'] ELSE h.topics END) AS post
RETURN c.name AS country, p.name AS person, post
ORDER BY country, person, post`,
    params: {},
  },
  {
    id: 'predicates-by-quad-class',
    question: 'Predicates by quad class: how much cooperation and conflict is there?',
    cypher: `MATCH (:Entity)-[r]->(:Entity)
RETURN r.quadClass AS quadClass, type(r) AS predicate, count(r) AS edges, sum(r.weight) AS evidence
ORDER BY quadClass, predicate`,
    params: {},
    note: 'Quad classes (verbal/material cooperation/conflict) and CAMEO root codes are edge properties.',
  },
  {
    id: 'find-by-alias',
    question: 'Find an entity by any of its names (full-text over name and aliases).',
    cypher: `CALL db.index.fulltext.queryNodes('entity_names', $text) YIELD node, score
RETURN node.id AS id, node.name AS name, labels(node) AS labels
ORDER BY score DESC, id
LIMIT 5`,
    params: { text: 'Moscow' },
  },
  {
    id: 'most-mentioned',
    question: 'Which entities do the articles mention most?',
    cypher: `MATCH (e:Entity)
RETURN e.name AS entity, e.mentionCount AS mentions, COUNT { (:Article)-[:MENTIONS]->(e) } AS articles
ORDER BY mentions DESC, entity
LIMIT toInteger($limit)`,
    params: { limit: 3 },
  },
];

/** The recipe with `id`; throws on an unknown id. */
export function recipe(id: string): Recipe {
  const r = COOKBOOK.find((x) => x.id === id);
  if (!r) throw new Error(`kg cookbook: no recipe "${id}"`);
  return r;
}
