/**
 * Cypher text of the loader (pure). Values always travel as parameters; the only names put
 * into the text are labels and relationship types, which Cypher cannot take as parameters,
 * and those come from the closed vocabularies (ENTITY_TYPES, PREDICATES) and are checked.
 */
import { ENTITY_TYPES, PREDICATE_INFO, PREDICATES, type EntityType, type Predicate } from '@kg/extractor';
import { EDGE_COLUMNS, ENTITY_COLUMNS, MENTION_COLUMNS, type EdgeColumn } from './rows.js';

/** A statement and the parameters it needs besides $rows. */
export interface Statement { text: string; params: Record<string, unknown> }

/** Returns `name` if it is in `vocabulary` and a plain identifier; throws otherwise. */
export function checkedName(name: string, vocabulary: readonly string[], what: string): string {
  if (!vocabulary.includes(name) || !/^[A-Z][A-Za-z_]*$/.test(name))
    throw new Error(`kg load: "${name}" is not a known ${what}; refusing to put it into Cypher`);
  return name;
}

export const articleStatement = (): Statement => ({
  text: `UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.title = row.title, a.lang = row.lang, a.published = row.published, a.path = row.path`,
  params: {},
});

/**
 * How a part of the graph is written: `merge` (always correct), or `create` when the
 * database holds nothing of that part yet (no :Entity node, no MENTIONS, no relationship of
 * the predicate) — then nothing can match, and the rows of one load are distinct by id or
 * key (the contract's unique entity ids, planLoad), so CREATE writes exactly what MERGE
 * would. The unique constraint on Entity.id still refuses a duplicate entity.
 */
export type WriteMode = 'merge' | 'create';

const entityCol = (name: (typeof ENTITY_COLUMNS)[number]) => `row[${ENTITY_COLUMNS.indexOf(name)}]`;
const mentionCol = (name: (typeof MENTION_COLUMNS)[number]) => `row[${MENTION_COLUMNS.indexOf(name)}]`;

/** Merges entities of one type by id; the type is a label (Person, Country, …), aliases are unioned. Rows: entityTuple. */
export function entityStatement(type: EntityType, mode: WriteMode = 'merge'): Statement {
  const label = checkedName(type, ENTITY_TYPES, 'entity type');
  const others = ENTITY_TYPES.filter((t) => t !== label).join(':');
  if (mode === 'create') {
    return {
      text: `UNWIND $rows AS row
CREATE (:Entity:${label} {id: ${entityCol('id')}, name: ${entityCol('name')}, wikidata: ${entityCol('wikidata')}, aliases: ${entityCol('aliases')}, mentionCount: 0})`,
      params: {},
    };
  }
  return {
    text: `UNWIND $rows AS row
MERGE (e:Entity {id: ${entityCol('id')}})
SET e:${label}, e.name = ${entityCol('name')}, e.wikidata = coalesce(${entityCol('wikidata')}, e.wikidata),
    e.aliases = reduce(acc = coalesce(e.aliases, []), a IN ${entityCol('aliases')} | CASE WHEN a IN acc THEN acc ELSE acc + a END),
    e.mentionCount = coalesce(e.mentionCount, 0)
REMOVE e:${others}`,
    params: {},
  };
}

/** Sets the per-article mention count (set, not added: reloading is idempotent), then each entity's total. Rows: mentionTuple. */
export const mentionStatement = (mode: WriteMode = 'merge'): Statement => ({
  text: `UNWIND $rows AS row
MATCH (a:Article {id: ${mentionCol('article')}})
MATCH (e:Entity {id: ${mentionCol('entity')}})
${mode === 'create'
    ? `CREATE (a)-[:MENTIONS {count: toInteger(${mentionCol('count')})}]->(e)`
    : `MERGE (a)-[m:MENTIONS]->(e)
SET m.count = toInteger(${mentionCol('count')})`}
WITH DISTINCT e
CALL (e) {
  MATCH (:Article)-[m:MENTIONS]->(e)
  RETURN sum(m.count) AS total
}
SET e.mentionCount = total`,
  params: {},
});

/** `row[i]`: a column of the positional edge rows (rows.ts EDGE_COLUMNS). */
const col = (name: EdgeColumn): string => `row[${EDGE_COLUMNS.indexOf(name)}]`;

/** Cypher for edgeKey(subject, type, object, negated) of a row (rows.ts): keys are not sent. */
const keyOf = (type: string) =>
  `${col('subject')} + '|${type}|' + ${col('object')} + CASE WHEN ${col('negated')} THEN '|negated' ELSE '|affirmed' END`;

/** JS numbers travel as floats: offsets are cast back to integers. */
const ints = (name: EdgeColumn) => `[x IN ${col(name)} | toInteger(x)]`;

/** Cypher for the evidenceKey(doc, start, end) list of a row (rows.ts). */
const evidenceKeysOf = () =>
  `[i IN range(0, size(${col('evidenceArticles')}) - 1) | ${col('evidenceArticles')}[i] + ':' + toString(toInteger(${col('evidenceStarts')}[i])) + '-' + toString(toInteger(${col('evidenceEnds')}[i]))]`;

const MATCH_ENDS = `UNWIND $rows AS row
MATCH (s:Entity {id: ${col('subject')}})
MATCH (o:Entity {id: ${col('object')}})`;

/**
 * Writes edges of one predicate. In merge mode new evidence (by key) is appended to the
 * parallel evidence lists, topics and dates are unioned; weight = number of distinct
 * evidence spans. Rows are positional lists (rows.ts edgeTuple).
 */
export function edgeStatement(predicate: Predicate, mode: WriteMode = 'merge'): Statement {
  const type = checkedName(predicate, PREDICATES, 'predicate');
  const info = PREDICATE_INFO[predicate];
  const params = { symmetric: info.symmetric, cameo: info.cameo, quadClass: info.quadClass };
  if (mode === 'create') {
    return {
      text: `${MATCH_ENDS}
CREATE (s)-[:${type} {key: ${keyOf(type)}, negated: ${col('negated')}, symmetric: $symmetric, cameo: $cameo, quadClass: $quadClass,
    confidence: ${col('confidence')}, attributedTo: ${col('attributedTo')}, firstSeen: ${col('firstSeen')}, lastSeen: ${col('lastSeen')},
    topics: ${col('topics')}, dates: ${col('dates')}, evidenceKeys: ${evidenceKeysOf()},
    evidenceArticles: ${col('evidenceArticles')}, evidenceSentences: ${col('evidenceSentences')},
    evidenceStarts: ${ints('evidenceStarts')}, evidenceEnds: ${ints('evidenceEnds')}, weight: size(${col('evidenceArticles')})}]->(o)`,
      params,
    };
  }
  const union = (prop: 'topics' | 'dates') => `r.${prop} = r.${prop} + [x IN ${col(prop)} WHERE NOT x IN r.${prop}]`;
  const append = (prop: string, list: string) => `r.${prop} = r.${prop} + [i IN fresh | ${list}[i]]`;
  return {
    text: `${MATCH_ENDS}
MERGE (s)-[r:${type} {key: ${keyOf(type)}}]->(o)
ON CREATE SET r.negated = ${col('negated')}, r.symmetric = $symmetric, r.cameo = $cameo, r.quadClass = $quadClass,
    r.confidence = ${col('confidence')}, r.attributedTo = ${col('attributedTo')},
    r.firstSeen = ${col('firstSeen')}, r.lastSeen = ${col('lastSeen')}, r.topics = [], r.dates = [],
    r.evidenceKeys = [], r.evidenceArticles = [], r.evidenceSentences = [], r.evidenceStarts = [], r.evidenceEnds = []
ON MATCH SET r.confidence = CASE WHEN ${col('confidence')} > r.confidence THEN ${col('confidence')} ELSE r.confidence END,
    r.attributedTo = CASE WHEN r.attributedTo = ${col('attributedTo')} THEN r.attributedTo ELSE null END,
    r.firstSeen = CASE WHEN r.firstSeen IS NULL OR ${col('firstSeen')} < r.firstSeen THEN coalesce(${col('firstSeen')}, r.firstSeen) ELSE r.firstSeen END,
    r.lastSeen = CASE WHEN r.lastSeen IS NULL OR ${col('lastSeen')} > r.lastSeen THEN coalesce(${col('lastSeen')}, r.lastSeen) ELSE r.lastSeen END
WITH r, row, ${evidenceKeysOf()} AS keys
WITH r, row, keys, [i IN range(0, size(keys) - 1) WHERE NOT keys[i] IN r.evidenceKeys] AS fresh
SET ${union('topics')}, ${union('dates')},
    ${append('evidenceKeys', 'keys')},
    ${append('evidenceArticles', col('evidenceArticles'))},
    ${append('evidenceSentences', col('evidenceSentences'))},
    r.evidenceStarts = r.evidenceStarts + [i IN fresh | toInteger(${col('evidenceStarts')}[i])],
    r.evidenceEnds = r.evidenceEnds + [i IN fresh | toInteger(${col('evidenceEnds')}[i])]
SET r.weight = size(r.evidenceKeys)`,
    params,
  };
}
