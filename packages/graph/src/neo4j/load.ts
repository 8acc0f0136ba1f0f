/**
 * Loads a contract graph into Neo4j in batched `UNWIND $rows … MERGE` transactions.
 *
 * Each batch is one managed transaction (session.executeWrite): it commits whole or not at
 * all, and the driver retries it on transient errors (deadlocks, leader switches) by
 * itself. Loading is idempotent: MERGE on ids and keys, counts set rather than added,
 * evidence appended only when its key is new.
 */
import type { Driver } from 'neo4j-driver';
import { PREDICATES, progress, type Graph } from '@kg/extractor';
import { sessionsOf, type SessionFactory } from './connect.js';
import { articleStatement, checkedName, edgeStatement, entityStatement, mentionStatement, type Statement, type WriteMode } from './cypher.js';
import { edgeTuple, entityTuple, mentionTuple, planLoad } from './rows.js';
import { CONSTRAINT_STATEMENTS, ensureSchema, INDEX_STATEMENTS } from './schema.js';

export type Phase = 'articles' | 'entities' | 'mentions' | 'edges';

/** What a batch callback is told; it runs inside the batch's transaction (a throw rolls the batch back). */
export interface BatchInfo {
  phase: Phase;
  group: string;
  index: number;
  rows: number;
}

export interface LoadOptions {
  /** Rows per transaction (default 5000). */
  batchSize?: number;
  /**
   * Batches of one phase run at once, in separate transactions (default 2). bench:load on 2
   * cores: 5000 rows × 2 beat 10000 × 2 by 10 % and 2000 × 4 or 5000 × 3 by 3–10 %.
   */
  concurrency?: number;
  /** Skip creating constraints and indexes (they are IF NOT EXISTS anyway). */
  skipSchema?: boolean;
  /** Silences the progress bar. */
  quiet?: boolean;
  /** Called inside each batch transaction after its statement ran. */
  onBatch?: (info: BatchInfo) => void | Promise<void>;
}

export interface LoadResult {
  articles: number;
  entities: number;
  mentions: number;
  edges: number;
  batches: number;
  ms: number;
  /**
   * Wall time of each phase, for benchmarks: `plan` is the rows, folds and metrics (client CPU),
   * `schema` the constraints, asking what is fresh and the search indexes (built after the
   * writes of a first load).
   */
  phaseMs: Record<'schema' | 'plan' | Phase, number>;
}

interface Batch {
  phase: Phase;
  group: string;
  index: number;
  statement: Statement;
  rows: unknown[];
}

function chunk<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

function batchesOf(phase: Phase, group: string, statement: Statement, rows: unknown[], size: number): Batch[] {
  return chunk(rows, size).map((part, index) => ({ phase, group, index, statement, rows: part }));
}

/**
 * Batches taken one from each list in turn: batches in flight together are then mostly of
 * different relationship types, which Neo4j locks apart on dense (hub) nodes.
 */
function roundRobin<T>(lists: T[][]): T[] {
  const out: T[] = [];
  for (let i = 0; out.length < lists.reduce((n, l) => n + l.length, 0); i++) for (const l of lists) if (i < l.length) out.push(l[i]);
  return out;
}

/**
 * Parts of the graph the database holds nothing of yet, so they can be CREATEd instead of
 * MERGEd (cypher.ts WriteMode). Empty by default: everything merged.
 */
export interface FreshParts {
  entities: boolean;
  mentions: boolean;
  predicates: ReadonlySet<string>;
}

export const NOTHING_FRESH: FreshParts = { entities: false, mentions: false, predicates: new Set() };

const modeOf = (fresh: boolean): WriteMode => (fresh ? 'create' : 'merge');

/** Whether MENTIONS batches recount entity totals: unless this load creates the entities (cypher.ts mentionStatement). */
const recountsMentions = (fresh: FreshParts): boolean => !fresh.entities;

/** All batches of a load, in dependency order: articles and entities before what links them. */
export function planBatches(graph: Graph, batchSize: number, fresh: FreshParts = NOTHING_FRESH): Batch[] {
  const plan = planLoad(graph);
  const out: Batch[] = [...batchesOf('articles', 'Article', articleStatement(), plan.articles, batchSize)];
  for (const [type, rows] of plan.entities)
    out.push(...batchesOf('entities', type, entityStatement(type, modeOf(fresh.entities)), rows.map(entityTuple), batchSize));
  out.push(...batchesOf('mentions', 'MENTIONS', mentionStatement(modeOf(fresh.mentions), recountsMentions(fresh)), plan.mentions.map(mentionTuple), batchSize));
  const edges = [...plan.edges].map(([predicate, rows]) =>
    batchesOf('edges', predicate, edgeStatement(predicate, modeOf(fresh.predicates.has(predicate))), rows.map(edgeTuple), batchSize),
  );
  return [...out, ...roundRobin(edges)];
}

/**
 * What the database holds nothing of yet, from Neo4j's count store (cheap). Asked once before
 * anything is written, so the load's own writes cannot change the answer; assumes no other
 * loader writes the same database at the same time.
 */
async function freshParts(sessions: SessionFactory, graph: Graph): Promise<FreshParts> {
  const session = sessions();
  const none = async (pattern: string) => {
    const res = await session.executeRead((tx) => tx.run(`MATCH ${pattern} RETURN count(*) AS n`));
    return Number(res.records[0].get('n')) === 0;
  };
  try {
    const predicates = new Set<string>();
    for (const p of new Set(graph.relations.map((r) => r.predicate))) if (await none(`()-[:${checkedName(p, PREDICATES, 'predicate')}]->()`)) predicates.add(p);
    return { entities: await none('(:Entity)'), mentions: await none('()-[:MENTIONS]->()'), predicates };
  } finally {
    await session.close();
  }
}

async function runBatch(sessions: SessionFactory, b: Batch, onBatch: LoadOptions['onBatch']): Promise<void> {
  const session = sessions();
  try {
    await session.executeWrite(async (tx) => {
      await tx.run(b.statement.text, { ...b.statement.params, rows: b.rows });
      await onBatch?.({ phase: b.phase, group: b.group, index: b.index, rows: b.rows.length });
    });
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new Error(`kg load: batch ${b.index + 1} of ${b.group} (${b.phase}, ${b.rows.length} rows) failed and was rolled back: ${why}`, { cause: err });
  } finally {
    await session.close();
  }
}

/** Runs `batches` with at most `n` in flight; stops starting new ones after the first failure. */
async function runPool(batches: Batch[], n: number, run: (b: Batch) => Promise<void>): Promise<void> {
  let next = 0;
  let failed: unknown = null;
  const worker = async () => {
    while (failed === null && next < batches.length) {
      const b = batches[next++];
      try {
        await run(b);
      } catch (err) {
        failed ??= err;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, n) }, worker));
  if (failed !== null) throw failed;
}

/**
 * Loads `graph` (already validated against the contract) into the database behind
 * `target` (a driver, or a function that opens sessions).
 */
export async function loadGraph(target: Driver | SessionFactory, graph: Graph, opts: LoadOptions = {}): Promise<LoadResult> {
  const t0 = Date.now();
  const sessions = typeof target === 'function' ? target : sessionsOf(target);
  const batchSize = opts.batchSize ?? 5000;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`kg load: batch size must be a positive integer, got ${batchSize}`);
  const phaseMs = { schema: 0, plan: 0, articles: 0, entities: 0, mentions: 0, edges: 0 };
  let mark = Date.now();
  const lap = (phase: keyof typeof phaseMs) => {
    const now = Date.now();
    phaseMs[phase] = now - mark;
    mark = now;
  };
  // Constraints first (the writes MATCH and MERGE by them, and they refuse duplicates).
  if (!opts.skipSchema) await ensureSchema(sessions, CONSTRAINT_STATEMENTS);
  const fresh = await freshParts(sessions, graph);
  // The search indexes (schema.ts INDEX_STATEMENTS) after the writes of a first load, so they are
  // populated once; before them when the database holds entities already: nothing is gained by
  // waiting, and indexes that an interrupted earlier load left missing come back first.
  if (!opts.skipSchema && !fresh.entities) await ensureSchema(sessions, INDEX_STATEMENTS);
  lap('schema');
  const batches = planBatches(graph, batchSize, fresh);
  lap('plan');
  const bar = progress('load', batches.length, { quiet: opts.quiet, unit: 'batches' });
  const run = async (b: Batch) => {
    await runBatch(sessions, b, opts.onBatch);
    bar.tick(1, `${b.group} ${b.index + 1}`);
  };
  let written = false;
  const count = (phase: Phase) => batches.filter((b) => b.phase === phase).reduce((n, b) => n + b.rows.length, 0);
  try {
    // Phase after phase (what links nodes needs them), batches of a phase side by side, except
    // MENTIONS batches that recount totals: two of them adding mentions of one entity at once
    // would each sum without the other's uncommitted ones, and the later SET would lose one.
    for (const phase of ['articles', 'entities', 'mentions', 'edges'] as const) {
      await runPool(
        batches.filter((x) => x.phase === phase),
        phase === 'mentions' && recountsMentions(fresh) ? 1 : (opts.concurrency ?? 2),
        run,
      );
      lap(phase);
    }
    written = true;
  } finally {
    bar.done();
  }
  // Not after a failed batch: its error is the one reported, the server may be gone (waiting on
  // it again would only delay the message), and the next load creates the indexes first.
  if (!opts.skipSchema && written) {
    const t = Date.now();
    await ensureSchema(sessions, INDEX_STATEMENTS);
    phaseMs.schema += Date.now() - t;
  }
  return {
    articles: count('articles'),
    entities: count('entities'),
    mentions: count('mentions'),
    edges: count('edges'),
    batches: batches.length,
    ms: Date.now() - t0,
    phaseMs,
  };
}
