/**
 * docs/cookbook.md, generated from COOKBOOK so the docs show exactly the queries the
 * cookbook test runs. Regenerate: `npx tsx packages/graph/src/neo4j/cookbook-doc.ts`
 * (a test fails when the file is stale).
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { COOKBOOK } from './cookbook.js';

const HEADER = `# Cypher cookbook

Questions an analyst asks of the news graph in Neo4j, with the query that answers each.
Run them in the Neo4j Browser (http://127.0.0.1:7474 after \`pnpm neo4j:start\`), with
\`cypher-shell\`, or from code with \`runReadQuery(driver, cypher, params)\` from
\`@kg/graph\` (read-only session). Every query here is run by
\`packages/graph/test/cookbook/cookbook.test.ts\` against the two test fixtures loaded into
a real Neo4j, and its rows are checked. This file is generated from
\`packages/graph/src/neo4j/cookbook.ts\`; edit that file, then run
\`npx tsx packages/graph/src/neo4j/cookbook-doc.ts\`.

Conventions of the model (see README.neo4j.md): one relationship type per predicate;
symmetric predicates (MEET, CALL, COOPERATE, DISAGREE, CONFLICT) are stored once per pair,
subject and object in id order, so match them without direction; every relationship
carries \`quadClass\`, \`cameo\`, \`topics\`, \`dates\`, \`weight\` and its evidence as
parallel lists.
`;

/** Markdown of the cookbook. */
export function cookbookMarkdown(): string {
  const parts = [HEADER];
  COOKBOOK.forEach((r, i) => {
    parts.push(`## ${i + 1}. ${r.question}\n`);
    if (r.note) parts.push(`${r.note}\n`);
    parts.push('```cypher\n' + r.cypher + '\n```\n');
    if (Object.keys(r.params).length) parts.push(`Parameters (example): \`${JSON.stringify(r.params)}\` — recipe id \`${r.id}\`.\n`);
    else parts.push(`No parameters — recipe id \`${r.id}\`.\n`);
  });
  return parts.join('\n');
}

export const COOKBOOK_DOC = fileURLToPath(new URL('../../docs/cookbook.md', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  fs.writeFileSync(COOKBOOK_DOC, cookbookMarkdown());
  console.log(`wrote ${COOKBOOK_DOC}`);
}
