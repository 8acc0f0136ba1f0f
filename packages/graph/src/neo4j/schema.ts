/**
 * Constraints and indexes of the news graph in Neo4j. Every statement is IF NOT EXISTS, so
 * running them before each load is cheap and safe.
 */
import type { SessionFactory } from './connect.js';

/** Schema statements (pure data; also printed by the docs). */
export const SCHEMA_STATEMENTS: readonly string[] = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE',
  'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE',
  'CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)',
  'CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.published)',
  // Full-text search over names and every surface form (Nga, Liên bang Nga, …).
  'CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases]',
];

/** Creates the constraints and indexes (once) and waits until they are online. */
export async function ensureSchema(sessions: SessionFactory): Promise<void> {
  const session = sessions();
  try {
    // Schema commands cannot share a transaction with writes; each runs in its own.
    for (const text of SCHEMA_STATEMENTS) await session.executeWrite((tx) => tx.run(text));
    await session.run('CALL db.awaitIndexes(120)');
  } finally {
    await session.close();
  }
}
