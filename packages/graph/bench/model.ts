/**
 * Model, metrics, layout and export speed on a synthetic graph (default 10k nodes, 50k edges,
 * the viewer bench's size). Prints each stage as elements (nodes + edges) per second and
 * as a ratio to the baseline measured in the same run: building the graphology structure.
 *
 *   npx tsx packages/graph/bench/model.ts [nodes] [edges]
 */
import { syntheticGraph } from '../src/synthetic.js';
import { buildGraphology } from '../src/model.js';
import { applyMetrics } from '../src/metrics.js';
import { applyLayout, layoutIterations } from '../src/layout.js';
import { EXPORT_FORMATS } from '../src/export/index.js';

const nodes = Number(process.argv[2] ?? 10_000);
const edges = Number(process.argv[3] ?? 50_000);
const graph = syntheticGraph(nodes, edges, 1);
const elements = nodes + edges;

function time(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return (performance.now() - t) / 1000;
}

const baseline = time(() => buildGraphology(graph));
const model = buildGraphology(graph);
const rows: [string, number][] = [['build (baseline)', baseline]];
rows.push(['metrics (degree, PageRank, Louvain)', time(() => applyMetrics(model))]);
rows.push([`layout (FA2, ${layoutIterations(nodes)} iterations)`, time(() => applyLayout(model))]);
for (const f of EXPORT_FORMATS) rows.push([`export ${f.id}`, time(() => f.write(model))]);

console.log(`kg bench model: ${nodes} nodes, ${edges} edges`);
for (const [name, s] of rows)
  console.log(
    `${name.padEnd(40)} ${s.toFixed(2).padStart(7)} s  ${Math.round(elements / s)
      .toLocaleString('en')
      .padStart(12)} elements/s  ×${(s / baseline).toFixed(1)} baseline`,
  );
const total = rows.slice(0, 3).reduce((n, [, s]) => n + s, 0);
console.log(`${'model + metrics + layout'.padEnd(40)} ${total.toFixed(2).padStart(7)} s`);
