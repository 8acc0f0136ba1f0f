/**
 * Cypher text of the loader (pure). Values always travel as parameters; the only names put
 * into the text are labels and relationship types, which Cypher cannot take as parameters,
 * and those come from the closed vocabularies (ENTITY_TYPES, PREDICATES) and are checked.
 */
import { ENTITY_TYPES, PREDICATES, type EntityType, type Predicate } from '@kg/extractor';
import { EDGE_COLUMNS, ENTITY_COLUMNS, MENTION_COLUMNS } from './rows.js';
import { RELATIONSHIP_PROPS, type OnMatch, type RelationshipProp } from './relationship.js';

/** A statement and the parameters it needs besides $rows. */
export interface Statement {
  text: string;
  params: Record<string, unknown>;
}

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

/** The model's metrics of the graph being loaded (metrics.ts), as the exports carry them. */
const METRICS = `degree: toInteger(${entityCol('degree')}), pagerank: ${entityCol('pagerank')}, community: toInteger(${entityCol('community')})`;

/** Merges entities of one type by id; the type is a label (Person, Country, …), aliases are unioned. Rows: entityTuple. */
export function entityStatement(type: EntityType, mode: WriteMode = 'merge'): Statement {
  const label = checkedName(type, ENTITY_TYPES, 'entity type');
  const others = ENTITY_TYPES.filter((t) => t !== label).join(':');
  if (mode === 'create') {
    return {
      text: `UNWIND $rows AS row
CREATE (:Entity:${label} {id: ${entityCol('id')}, name: ${entityCol('name')}, wikidata: ${entityCol('wikidata')}, aliases: ${entityCol('aliases')},
    mentionCount: toInteger(${entityCol('mentionCount')}),
    ${METRICS}})`,
      params: {},
    };
  }
  return {
    text: `UNWIND $rows AS row
MERGE (e:Entity {id: ${entityCol('id')}})
SET e:${label}, e.name = ${entityCol('name')}, e.wikidata = coalesce(${entityCol('wikidata')}, e.wikidata),
    e.aliases = CASE WHEN e.aliases IS NULL AND ${entityCol('aliases')} IS NULL THEN null
      ELSE reduce(acc = coalesce(e.aliases, []), a IN coalesce(${entityCol('aliases')}, []) | CASE WHEN a IN acc THEN acc ELSE acc + a END) END,
    e.mentionCount = coalesce(e.mentionCount, 0), e += {${METRICS}}
REMOVE e:${others}`,
    params: {},
  };
}

/**
 * Sets the per-article mention count (set, not added: reloading is idempotent), then each
 * entity's total (`recount`). A load that CREATEd the entities skips the recount: they hold
 * no mention but this graph's, whose total the entity rows carried (rows.ts mentionCount).
 * Rows: mentionTuple.
 */
export const mentionStatement = (mode: WriteMode = 'merge', recount = true): Statement => ({
  text: `UNWIND $rows AS row
MATCH (a:Article {id: ${mentionCol('article')}})
MATCH (e:Entity {id: ${mentionCol('entity')}})
${
  mode === 'create'
    ? `CREATE (a)-[:MENTIONS {count: toInteger(${mentionCol('count')})}]->(e)`
    : `MERGE (a)-[m:MENTIONS]->(e)
SET m.count = toInteger(${mentionCol('count')})`
}${
  recount
    ? `
WITH DISTINCT e
CALL (e) {
  MATCH (:Article)-[m:MENTIONS]->(e)
  RETURN sum(m.count) AS total
}
SET e.mentionCount = total`
    : ''
}`,
  params: {},
});

/** `row[i]`: a column of the positional edge rows (rows.ts EDGE_COLUMNS). */
const col = (name: string): string => {
  const i = EDGE_COLUMNS.indexOf(name);
  if (i < 0) throw new Error(`kg load: no edge column "${name}"`);
  return `row[${i}]`;
};

/** JS numbers travel as floats: integer properties are cast back. */
function propValue(p: RelationshipProp, type: string): string {
  if (p.bolt.from === 'predicate') return `$${p.name}`;
  if (p.bolt.from === 'cypher') return p.bolt.expr(col, type);
  if (p.type === 'int') return `toInteger(${col(p.name)})`;
  if (p.type === 'int[]') return `[x IN ${col(p.name)} | toInteger(x)]`;
  return col(p.name);
}

const MATCH_ENDS = `UNWIND $rows AS row
MATCH (s:Entity {id: ${col('subject')}})
MATCH (o:Entity {id: ${col('object')}})`;

const propsOf = (rule: OnMatch) => RELATIONSHIP_PROPS.filter((p) => p.onMatch === rule);

/** ON MATCH of the scalar rules: what a later load does to a value already stored (relationship.ts OnMatch). */
function onMatch(p: RelationshipProp, v: string): string {
  const r = `r.${p.name}`;
  switch (p.onMatch) {
    case 'max':
      return `${r} = CASE WHEN ${r} IS NULL OR ${v} > ${r} THEN coalesce(${v}, ${r}) ELSE ${r} END`;
    case 'min':
      return `${r} = CASE WHEN ${r} IS NULL OR ${v} < ${r} THEN coalesce(${v}, ${r}) ELSE ${r} END`;
    case 'sameOrNull':
      return `${r} = CASE WHEN ${r} = ${v} THEN ${r} ELSE null END`;
    default:
      throw new Error(`kg load: ${p.name} has no scalar merge rule`);
  }
}

/**
 * Writes the edges of one predicate, every property from RELATIONSHIP_PROPS. In merge mode a
 * new relationship gets the row's values; an existing one merges them by each property's
 * OnMatch rule (evidence appended by key, so re-running a load changes nothing).
 * Rows are positional lists (rows.ts edgeTuple).
 */
export function edgeStatement(predicate: Predicate, mode: WriteMode = 'merge'): Statement {
  const type = checkedName(predicate, PREDICATES, 'predicate');
  const params = Object.fromEntries(RELATIONSHIP_PROPS.flatMap((p) => (p.bolt.from === 'predicate' ? [[p.name, p.bolt.of(predicate)]] : [])));
  const all = RELATIONSHIP_PROPS.map((p) => `${p.name}: ${propValue(p, type)}`).join(', ');
  if (mode === 'create') return { text: `${MATCH_ENDS}\nCREATE (s)-[:${type} {${all}}]->(o)`, params };
  const key = RELATIONSHIP_PROPS.find((p) => p.name === 'key')!;
  const evidence = propsOf('evidence');
  const scalars = RELATIONSHIP_PROPS.filter((p) => ['max', 'min', 'sameOrNull'].includes(p.onMatch));
  // Empty lists are no property (rows.ts stored): null stays null, else the sorted union.
  const union = (p: RelationshipProp) =>
    `r.${p.name} = CASE WHEN r.${p.name} IS NULL AND ${propValue(p, type)} IS NULL THEN null ELSE COLLECT { UNWIND coalesce(r.${p.name}, []) + coalesce(${propValue(p, type)}, []) AS x RETURN DISTINCT x ORDER BY x } END`;
  const append = (p: RelationshipProp) => `r.${p.name} = r.${p.name} + [i IN fresh | ev.${p.name}[i]]`;
  return {
    text: `${MATCH_ENDS}
MERGE (s)-[r:${type} {key: ${propValue(key, type)}}]->(o)
ON CREATE SET r += {${all}}
ON MATCH SET ${scalars.map((p) => onMatch(p, propValue(p, type))).join(', ')}
WITH r, row, {${evidence.map((p) => `${p.name}: ${propValue(p, type)}`).join(', ')}} AS ev
WITH r, row, ev, [i IN range(0, size(ev.evidenceKeys) - 1) WHERE NOT ev.evidenceKeys[i] IN r.evidenceKeys] AS fresh
SET ${[...propsOf('union').map(union), ...evidence.map(append)].join(', ')}
SET ${propsOf('weight')
      .map((p) => `r.${p.name} = size(r.evidenceKeys)`)
      .join(', ')}`,
    params,
  };
}
