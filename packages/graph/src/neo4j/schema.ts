/**
 * Constraints and indexes of the news graph in Neo4j. Every statement is IF NOT EXISTS, so
 * running them before each load is cheap and safe.
 */
import type { SessionFactory } from './connect.js';

/** Uniqueness constraints: created before anything is written (the loader MATCHes and MERGEs by them). */
export const CONSTRAINT_STATEMENTS: readonly string[] = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE',
  'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE',
];

/**
 * Search indexes: the loader creates them after its writes, so a first load populates them
 * once in bulk instead of updating them (the full-text one is Lucene) in every batch.
 */
export const INDEX_STATEMENTS: readonly string[] = [
  'CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)',
  'CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.published)',
  // Full-text search over names and every surface form (Nga, Liên bang Nga, …).
  'CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases]',
];

/** Schema statements (pure data; also printed by the docs). */
export const SCHEMA_STATEMENTS: readonly string[] = [...CONSTRAINT_STATEMENTS, ...INDEX_STATEMENTS];

/** Creates the constraints and indexes of `statements` (once) and waits until they are online. */
export async function ensureSchema(sessions: SessionFactory, statements: readonly string[] = SCHEMA_STATEMENTS): Promise<void> {
  const session = sessions();
  try {
    // Schema commands cannot share a transaction with writes; each runs in its own.
    for (const text of statements) await session.executeWrite((tx) => tx.run(text));
    await session.run('CALL db.awaitIndexes(120)');
  } finally {
    await session.close();
  }
}
