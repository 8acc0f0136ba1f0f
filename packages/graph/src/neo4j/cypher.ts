/**
 * Cypher text of the loader (pure). Values always travel as parameters; the only names put
 * into the text are labels and relationship types, which Cypher cannot take as parameters,
 * and those come from the closed vocabularies (ENTITY_TYPES, PREDICATES) and are checked.
 */
import { ENTITY_TYPES, PREDICATE_INFO, PREDICATES, type EntityType, type Predicate } from '@kg/extractor';

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

/** Merges entities of one type by id; the type is a label (Person, Country, …), aliases are unioned. */
export function entityStatement(type: EntityType): Statement {
  const label = checkedName(type, ENTITY_TYPES, 'entity type');
  const others = ENTITY_TYPES.filter((t) => t !== label).join(':');
  return {
    text: `UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e:${label}, e.name = row.name, e.wikidata = coalesce(row.wikidata, e.wikidata),
    e.aliases = reduce(acc = coalesce(e.aliases, []), a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END),
    e.mentionCount = coalesce(e.mentionCount, 0)
REMOVE e:${others}`,
    params: {},
  };
}

/** Sets the per-article mention count (set, not added: reloading is idempotent), then each entity's total. */
export const mentionStatement = (): Statement => ({
  text: `UNWIND $rows AS row
MATCH (a:Article {id: row.article})
MATCH (e:Entity {id: row.entity})
MERGE (a)-[m:MENTIONS]->(e)
SET m.count = toInteger(row.count)
WITH DISTINCT e
CALL (e) {
  MATCH (:Article)-[m:MENTIONS]->(e)
  RETURN sum(m.count) AS total
}
SET e.mentionCount = total`,
  params: {},
});

/**
 * Merges edges of one predicate by key. New evidence (by key) is appended to the parallel
 * evidence lists; topics and dates are unioned; weight = number of distinct evidence spans.
 */
export function edgeStatement(predicate: Predicate): Statement {
  const type = checkedName(predicate, PREDICATES, 'predicate');
  const info = PREDICATE_INFO[predicate];
  const union = (prop: string) => `r.${prop} = r.${prop} + [x IN row.${prop} WHERE NOT x IN r.${prop}]`;
  // JS numbers travel as floats: offsets are cast back to integers.
  const appendFresh = (prop: string) => {
    const item = prop === 'evidenceStarts' || prop === 'evidenceEnds' ? `toInteger(row.${prop}[i])` : `row.${prop}[i]`;
    return `r.${prop} = r.${prop} + [i IN fresh | ${item}]`;
  };
  return {
    text: `UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
MERGE (s)-[r:${type} {key: row.key}]->(o)
ON CREATE SET r.negated = row.negated, r.symmetric = $symmetric, r.cameo = $cameo, r.quadClass = $quadClass,
    r.confidence = row.confidence, r.attributedTo = row.attributedTo,
    r.firstSeen = row.firstSeen, r.lastSeen = row.lastSeen, r.topics = [], r.dates = [],
    r.evidenceKeys = [], r.evidenceArticles = [], r.evidenceSentences = [], r.evidenceStarts = [], r.evidenceEnds = []
ON MATCH SET r.confidence = CASE WHEN row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
    r.attributedTo = CASE WHEN r.attributedTo = row.attributedTo THEN r.attributedTo ELSE null END,
    r.firstSeen = CASE WHEN r.firstSeen IS NULL OR row.firstSeen < r.firstSeen THEN coalesce(row.firstSeen, r.firstSeen) ELSE r.firstSeen END,
    r.lastSeen = CASE WHEN r.lastSeen IS NULL OR row.lastSeen > r.lastSeen THEN coalesce(row.lastSeen, r.lastSeen) ELSE r.lastSeen END
WITH r, row, [i IN range(0, size(row.evidenceKeys) - 1) WHERE NOT row.evidenceKeys[i] IN r.evidenceKeys] AS fresh
SET ${union('topics')}, ${union('dates')},
    ${['evidenceKeys', 'evidenceArticles', 'evidenceSentences', 'evidenceStarts', 'evidenceEnds'].map(appendFresh).join(',\n    ')}
SET r.weight = size(r.evidenceKeys)`,
    params: { symmetric: info.symmetric, cameo: info.cameo, quadClass: info.quadClass },
  };
}
