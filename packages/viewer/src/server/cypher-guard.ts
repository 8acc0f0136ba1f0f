/**
 * The Cypher box's pre-check: refuses, with a message saying why, a query that would write
 * or administer before it reaches Neo4j. It is not the safety itself (the query runs in a
 * READ session and a read transaction, so Neo4j refuses any write it lets through); it
 * turns the likely mistakes into a clear answer and keeps procedures that act outside the
 * graph (files, URLs, other databases, the server) away from the box.
 *
 * The query is tokenised as Cypher reads it: comments, string literals and `quoted`
 * names are never keywords, so `WHERE n.name = 'Create Co'` passes and
 * `MATCH (n) /* x *\/ DETACH DELETE n` or a write inside `CALL { … }` does not.
 */

interface Token {
  kind: 'word' | 'quoted' | 'punct';
  text: string;
}

/** Splits Cypher into words, `quoted` names and punctuation; comments and strings are dropped. */
export function tokenize(query: string): Token[] {
  const out: Token[] = [];
  const n = query.length;
  let i = 0;
  while (i < n) {
    const c = query[i];
    const next = query[i + 1];
    if (c === '/' && next === '/') {
      while (i < n && query[i] !== '\n' && query[i] !== '\r') i++;
    } else if (c === '/' && next === '*') {
      const end = query.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
    } else if (c === "'" || c === '"') {
      // A string literal; backslash escapes the next character (Cypher's escape sequences).
      i++;
      while (i < n && query[i] !== c) i += query[i] === '\\' ? 2 : 1;
      i++;
      // The string stands where a value stands: keep a placeholder so `{a: 'x'}` keeps its shape.
      out.push({ kind: 'punct', text: "'" });
    } else if (c === '`') {
      // A quoted name: `` inside stands for one backtick.
      let text = '';
      i++;
      while (i < n) {
        if (query[i] === '`' && query[i + 1] === '`') {
          text += '`';
          i += 2;
          continue;
        }
        if (query[i] === '`') break;
        text += query[i++];
      }
      i++;
      out.push({ kind: 'quoted', text });
    } else if (/[\p{L}_]/u.test(c)) {
      const start = i;
      while (i < n && /[\p{L}\p{N}_]/u.test(query[i])) i++;
      out.push({ kind: 'word', text: query.slice(start, i) });
    } else if (/\s/u.test(c)) {
      i++;
    } else {
      out.push({ kind: 'punct', text: c });
      i++;
    }
  }
  return out;
}

/** Clauses that write to the graph or the schema, or leave the graph, wherever they stand (subqueries too). */
const WRITE_CLAUSES: Record<string, string> = {
  CREATE: 'writes to the database',
  MERGE: 'writes to the database',
  DELETE: 'writes to the database',
  DETACH: 'writes to the database',
  SET: 'writes to the database',
  REMOVE: 'writes to the database',
  FOREACH: 'only runs write clauses',
  DROP: 'changes the schema',
  LOAD: 'reads files or URLs (LOAD CSV)',
  USE: 'switches to another database',
};

/**
 * Administration commands: refused when they open the statement (after EXPLAIN/PROFILE
 * at most), which is the only place they can stand; elsewhere `start`, `show`… are often
 * plain variable names (`MATCH (start)-->(end)`).
 */
const ADMIN_COMMANDS = new Set([
  'ALTER',
  'GRANT',
  'DENY',
  'REVOKE',
  'RENAME',
  'START',
  'STOP',
  'TERMINATE',
  'SHOW',
  'ENABLE',
  'DEALLOCATE',
  'REALLOCATE',
  'DRYRUN',
]);

/** True when token i begins a statement. */
function opensStatement(tokens: Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && tokens[j].kind === 'word' && /^(EXPLAIN|PROFILE)$/i.test(tokens[j].text)) j--;
  return j < 0 || tokens[j].text === ';';
}

/**
 * Procedures and functions refused by name (lower case prefixes). dbms.* administers the
 * server; the db.* ones create or drop indexes, clear caches or write files; the APOC ones
 * write, run other Cypher (which could write), or read files and URLs.
 */
const REFUSED_ROUTINES: [prefix: string, why: string][] = [
  ['dbms.', 'administers the server'],
  ['db.create', 'changes the schema'],
  ['db.index.fulltext.create', 'changes the schema'],
  ['db.index.fulltext.drop', 'changes the schema'],
  ['db.index.vector.create', 'changes the schema'],
  ['db.clearquerycaches', 'administers the server'],
  ['db.checkpoint', 'administers the server'],
  ['db.stats.', 'administers the server'],
  ['db.prepareforreplanning', 'administers the server'],
  ['db.resample', 'administers the server'],
  ...[
    'create.',
    'merge.',
    'refactor.',
    'periodic.',
    'do.',
    'cypher.',
    'load.',
    'import.',
    'export.',
    'trigger.',
    'schema.',
    'nodes.delete',
    'nodes.link',
    'nodes.collapse',
    'atomic.',
    'lock.',
    'custom.',
    'uuid.',
    'ttl.',
    'systemdb.',
    'log.',
    'graph.fromcypher',
    'redis.',
    'mongo',
    'es.',
    'couchbase.',
    'bolt.',
    'jdbc',
    'static.set',
    'util.sleep',
  ].map((p): [string, string] => [`apoc.${p}`, 'writes, runs other queries or reads files and URLs']),
];

/** `FOREACH`, `SET`… as a clause: not a property (`n.set`), label (`:Set`), parameter (`$set`) or map key (`{set: 1}`). */
function isClauseWord(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1]?.text;
  const next = tokens[i + 1]?.text;
  return prev !== '.' && prev !== ':' && prev !== '$' && next !== ':';
}

/** The dotted name starting at token i (`db . index . fulltext . createNodeIndex`, `quoted` parts too), and where it ends. */
function dottedName(tokens: Token[], i: number): { name: string; end: number } {
  const parts: string[] = [];
  let j = i;
  while (j < tokens.length && tokens[j].kind !== 'punct') {
    parts.push(tokens[j].text);
    if (tokens[j + 1]?.text !== '.' || tokens[j + 2]?.kind === 'punct' || !tokens[j + 2]) {
      j++;
      break;
    }
    j += 2;
  }
  return { name: parts.join('.'), end: j };
}

/**
 * Why the query is refused, or undefined when it may run (read-only as far as can be told
 * without the database: Neo4j's read transaction has the last word).
 */
export function refusal(query: string): string | undefined {
  const tokens = tokenize(query);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'punct' || (t.kind === 'word' && tokens[i - 1]?.text === '$')) continue;
    const upper = t.text.toUpperCase();
    if (t.kind === 'word' && Object.hasOwn(WRITE_CLAUSES, upper) && isClauseWord(tokens, i))
      return `kg view: the Cypher box only reads: ${upper} ${WRITE_CLAUSES[upper]}`;
    if (t.kind === 'word' && ADMIN_COMMANDS.has(upper) && opensStatement(tokens, i))
      return `kg view: the Cypher box only reads: ${upper} is an administration command`;
    if (t.kind === 'word' && upper === 'IN' && tokens[i + 1]?.text.toUpperCase() === 'TRANSACTIONS')
      return 'kg view: the Cypher box only reads: CALL { … } IN TRANSACTIONS runs write batches';
    // A routine name: after CALL, or any dotted name called like a function.
    if (tokens[i - 1]?.text === '.') continue;
    const { name, end } = dottedName(tokens, i);
    const called = tokens[i - 1]?.text.toUpperCase() === 'CALL' || tokens[end]?.text === '(';
    if (!called || !name.includes('.')) continue;
    const lower = name.toLowerCase();
    const hit = REFUSED_ROUTINES.find(([prefix]) => lower.startsWith(prefix));
    if (hit) return `kg view: the Cypher box only reads: ${name} ${hit[1]}`;
  }
  return undefined;
}
