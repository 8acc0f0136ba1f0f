/**
 * docs/cookbook.md and the root README's cookbook section, generated from COOKBOOK so the docs show exactly the queries the
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
\`packages/graph/test/cookbook/cookbook.neo4j.test.ts\` against two hand-checked fixtures, and by
\`seeds.neo4j.test.ts\` against the seed articles extracted and loaded into a real Neo4j. This file is generated from
\`packages/graph/src/neo4j/cookbook.ts\`; edit that file, then run
\`npx tsx packages/graph/src/neo4j/cookbook-doc.ts\`.

Conventions of the model (see ../README.md, Neo4j): one relationship type per predicate;
symmetric predicates (MEET, CALL, COOPERATE, DISAGREE, CONFLICT) are stored once per pair,
subject and object in id order, so match them without direction; every relationship
carries \`quadClass\`, \`cameo\`, \`topics\`, \`dates\`, \`weight\` and its evidence as
parallel lists.
`;

/** Markdown of the recipes, each under a heading of the given level. */
function recipesMarkdown(level: string): string[] {
  const parts: string[] = [];
  COOKBOOK.forEach((r, i) => {
    parts.push(`${level} ${i + 1}. ${r.question}\n`);
    if (r.note) parts.push(`${r.note}\n`);
    parts.push('```cypher\n' + r.cypher + '\n```\n');
    if (Object.keys(r.params).length) parts.push(`Parameters (example): \`${JSON.stringify(r.params)}\` — recipe id \`${r.id}\`.\n`);
    else parts.push(`No parameters — recipe id \`${r.id}\`.\n`);
  });
  return parts;
}

/** Markdown of the cookbook (docs/cookbook.md). */
export function cookbookMarkdown(): string {
  return [HEADER, ...recipesMarkdown('##')].join('\n');
}

const START = '<!-- cookbook:start -->';
const END = '<!-- cookbook:end -->';

/** The root README with its cookbook section (between the cookbook markers) regenerated. */
export function readmeWithCookbook(readme: string): string {
  const a = readme.indexOf(START),
    b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error(`kg cookbook: README has no ${START} … ${END} section`);
  const intro =
    "Every query below is run by a test against the seeds loaded into the real Neo4j\n(packages/graph/test/cookbook/seeds.neo4j.test.ts) and against hand-checked fixtures\n(cookbook.neo4j.test.ts). Generated from packages/graph/src/neo4j/cookbook.ts; the model's\nconventions are in [docs/cookbook.md](packages/graph/docs/cookbook.md).\n";
  return `${readme.slice(0, a + START.length)}\n${[intro, ...recipesMarkdown('###')].join('\n')}${readme.slice(b)}`;
}

export const COOKBOOK_DOC = fileURLToPath(new URL('../../docs/cookbook.md', import.meta.url));
export const ROOT_README = fileURLToPath(new URL('../../../../README.md', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  fs.writeFileSync(COOKBOOK_DOC, cookbookMarkdown());
  fs.writeFileSync(ROOT_README, readmeWithCookbook(fs.readFileSync(ROOT_README, 'utf8')));
  console.log(`wrote ${COOKBOOK_DOC} and the cookbook section of ${ROOT_README}`);
}
