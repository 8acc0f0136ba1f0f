/**
 * The Cypher pre-check on its own: what it refuses (writes, hidden or not; administration;
 * files and URLs; APOC writes) and what it must let through (reads that merely mention
 * those words in strings, comments, names, properties or parameters).
 */
import { describe, it, expect } from '@jest/globals';
import { refusal, tokenize } from '../src/server/cypher-guard.js';

describe('refusal', () => {
  it.each([
    ['CREATE (n:Person {name: "X"})', 'CREATE'],
    ['create (n)', 'CREATE'],
    ['MATCH (n) SET n.seen = true', 'SET'],
    ['MATCH (n) REMOVE n:Person', 'REMOVE'],
    ['MATCH (n) DETACH DELETE n', 'DETACH'],
    ['MATCH (n) DELETE n', 'DELETE'],
    ['MERGE (a {id: 1})', 'MERGE'],
    ['DROP INDEX my_index', 'DROP'],
    ['LOAD CSV FROM "file:///etc/passwd" AS row RETURN row', 'LOAD'],
    ['MATCH (n) WITH collect(n) AS ns FOREACH (x IN ns | SET x.a = 1)', 'FOREACH'],
    // Writes hidden after comments, inside subqueries, across lines.
    ['MATCH (n) // just reading\nDETACH DELETE n', 'DETACH'],
    ['MATCH (n) /* read only, promise */ DELETE n', 'DELETE'],
    ['MATCH (n)/**/SET/**/n.x = 1', 'SET'],
    ['MATCH (n) CALL { WITH n CREATE (m)-[:R]->(n) } RETURN n', 'CREATE'],
    ['MATCH (n) CALL (n) { MERGE (n)-[:R]->(:X) } RETURN n', 'MERGE'],
    ['RETURN "a" + \'b\' AS x UNION MATCH (n) SET n.y = 2 RETURN n AS x', 'SET'],
    ['RETURN "it\'s \\" fine" AS s CREATE (x)', 'CREATE'],
    ['UNWIND range(1, 10) AS i CALL { CREATE (:T) } IN TRANSACTIONS', 'CREATE'],
    // Administration, procedures and APOC.
    ['SHOW USERS', 'SHOW'],
    ['EXPLAIN SHOW DATABASES', 'SHOW'],
    ['STOP DATABASE neo4j', 'STOP'],
    ['GRANT ROLE admin TO bob', 'GRANT'],
    ['ALTER USER neo4j SET PASSWORD "x"', 'ALTER'],
    ['USE system MATCH (n) RETURN n', 'USE'],
    ['CALL dbms.listConfig()', 'dbms.listConfig'],
    ['CALL dbms.security.createUser("a", "b")', 'dbms.security.createUser'],
    ['call  DBMS . killQuery("q-1")', 'DBMS.killQuery'],
    ['CALL `dbms`.`listConfig`()', 'dbms.listConfig'],
    ['CALL `dbms.listConfig`()', 'dbms.listConfig'],
    ['CALL db.createLabel("X")', 'db.createLabel'],
    ['CALL db.index.fulltext.createNodeIndex("i", ["A"], ["p"])', 'db.index.fulltext.createNodeIndex'],
    ['CALL db.clearQueryCaches()', 'db.clearQueryCaches'],
    ['CALL apoc.create.node(["X"], {})', 'apoc.create.node'],
    ['CALL apoc.periodic.iterate("MATCH (n) RETURN n", "DELETE n", {})', 'apoc.periodic.iterate'],
    ['CALL apoc.load.json("http://169.254.169.254/")', 'apoc.load.json'],
    ['RETURN apoc.cypher.runFirstColumnSingle("MATCH (n) RETURN n", {}) AS x', 'apoc.cypher.runFirstColumnSingle'],
    ['MATCH (n) CALL apoc.refactor.rename.label("A", "B") YIELD total RETURN total', 'apoc.refactor.rename.label'],
  ])('refuses %s', (query, word) => {
    const why = refusal(query);
    expect(why).toMatch(/^kg view: the Cypher box only reads: /);
    expect(why).toContain(word);
  });

  it.each([
    'MATCH (n:Entity) RETURN n LIMIT 10',
    "MATCH (n) WHERE n.name = 'Create Co' RETURN n",
    'MATCH (n) WHERE n.name = "DETACH DELETE n" RETURN n',
    'MATCH (n) // CREATE (m) in a comment\nRETURN n',
    'MATCH (n) /* SET n.x = 1 */ RETURN n',
    'MATCH (n) RETURN n.set, n.create, n.delete',
    'MATCH (n:Set)-[:CREATE]->(m:Merge) RETURN n, m',
    'MATCH (n) RETURN {set: 1, create: 2, delete: 3} AS m',
    'MATCH (n) WHERE n.kind = $create RETURN n',
    'MATCH (`create`) RETURN `create`',
    'MATCH p = (start)-[*1..2]-(end) RETURN start, end, p',
    'MATCH (a)-[r]->(b) WITH a, count(r) AS show RETURN a, show',
    'CALL db.labels() YIELD label RETURN label',
    'CALL db.schema.visualization()',
    'MATCH (n) CALL { WITH n MATCH (n)--(m) RETURN count(m) AS deg } RETURN n, deg',
    'RETURN "\\\\" AS backslash, \'CALL dbms.listConfig()\' AS text',
  ])('lets %s through', (query) => {
    expect(refusal(query)).toBeUndefined();
  });
});

describe('tokenize', () => {
  it('drops comments and strings, keeps quoted names apart from words', () => {
    const t = tokenize("MATCH (`a``b`) // x\nWHERE a.name = 'it\\'s' /* y */ RETURN a");
    expect(t.filter((x) => x.kind === 'word').map((x) => x.text)).toEqual(['MATCH', 'WHERE', 'a', 'name', 'RETURN', 'a']);
    expect(t.filter((x) => x.kind === 'quoted').map((x) => x.text)).toEqual(['a`b']);
  });
});
