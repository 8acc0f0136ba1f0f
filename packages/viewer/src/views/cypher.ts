/**
 * The Cypher box: a read-only query sent to the local server, whose nodes and
 * relationships replace the view or are overlaid on it. The server enforces every rule
 * (read transaction, refusals, time-out, row limit); this page only shows its answers.
 */
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import { resultToGraph, type CypherResult } from '../core/cypher/result.js';
import { placer } from '../core/graph/placement.js';
import type { App } from './app.js';
import { h } from './dom.js';
import { cjs } from './cjs.js';

const forceAtlas2 = cjs(forceAtlas2Module);

export const EXAMPLE_QUERY = 'MATCH (a)-[r]->(b) RETURN a, r, b LIMIT 100';

/** Draws a result: `replace` empties the graph first; `overlay` adds what is missing. */
export function drawResult(
  app: App,
  result: CypherResult,
  mode: 'replace' | 'overlay',
  known: Map<string, { x: number; y: number }>,
): { nodes: number; edges: number } {
  const g = app.graph;
  const r = resultToGraph(result);
  if (mode === 'replace') g.clear();
  let unplaced = 0;
  const place = placer();
  for (const n of r.nodes) {
    if (g.hasNode(n.key)) continue;
    const pos = known.get(n.key);
    if (!pos) unplaced++;
    g.addNode(n.key, { ...n.attributes, ...(pos ?? place()) });
  }
  for (const e of r.edges) if (!g.hasEdge(e.key)) g.addDirectedEdgeWithKey(e.key, e.source, e.target, e.attributes);
  // Nodes the file had no position for: a short ForceAtlas2 run on a replaced (small) view.
  if (mode === 'replace' && unplaced > 0 && g.order > 1)
    forceAtlas2.assign(g as any, { iterations: 150, settings: { ...forceAtlas2.inferSettings(g as any), barnesHutOptimize: false } });
  return { nodes: r.nodes.length, edges: r.edges.length };
}

export function mountCypher(app: App, onGraphChanged: () => void, restore: () => Promise<void>): HTMLElement {
  const text = h('textarea', { id: 'cypher-input', 'aria-label': 'Cypher query (read-only)', spellcheck: 'false' });
  text.value = EXAMPLE_QUERY;
  const mode = h(
    'select',
    { id: 'cypher-mode', 'aria-label': 'How to draw the result' },
    h('option', { value: 'replace' }, 'Replace view'),
    h('option', { value: 'overlay' }, 'Overlay'),
  );
  const error = h('p', { id: 'cypher-error', class: 'error', role: 'alert' });
  const info = h('p', { id: 'cypher-info', class: 'muted', 'aria-live': 'polite' });
  // Positions of the file's nodes, so a result lands where its nodes were (taken at the first query).
  let known: Map<string, { x: number; y: number }> | undefined;

  const run = async () => {
    error.textContent = '';
    info.textContent = 'Running…';
    try {
      const res = await fetch('api/cypher', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: text.value }) });
      const body = await res.json();
      if (!res.ok) throw new Error(body.error ?? `HTTP ${res.status}`);
      if (!known) {
        known = new Map();
        app.graph.forEachNode((n, a) => known!.set(n, { x: a.x, y: a.y }));
      }
      const drawn = drawResult(app, body as CypherResult, mode.value as 'replace' | 'overlay', known);
      onGraphChanged();
      const result = body as CypherResult;
      const cut = result.truncated ? ` (stopped at the server's limit of ${result.rowLimit ?? result.rows.length} rows)` : '';
      info.textContent = `${drawn.nodes} nodes, ${drawn.edges} relationships, ${result.rows.length} rows${cut}`;
    } catch (err) {
      info.textContent = '';
      error.textContent = (err as Error).message;
    }
  };
  text.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void run();
    }
  });

  if (!app.api) return h('section', { 'aria-label': 'Cypher' }, h('h2', {}, 'Cypher'), h('p', { class: 'muted' }, 'Queries need the local server (kg view).'));
  return h(
    'section',
    { 'aria-label': 'Cypher query' },
    h('h2', {}, 'Cypher (read-only)'),
    text,
    h(
      'div',
      { class: 'check' },
      mode,
      h('button', { type: 'button', id: 'cypher-run', onclick: () => void run() }, 'Run'),
      h(
        'button',
        {
          type: 'button',
          id: 'cypher-restore',
          onclick: () => {
            error.textContent = '';
            info.textContent = 'Restoring…';
            restore().then(
              () => {
                info.textContent = 'Full graph restored';
              },
              (err: Error) => {
                info.textContent = '';
                error.textContent = err.message;
              },
            );
          },
        },
        'Full graph',
      ),
    ),
    h('p', { class: 'muted' }, 'Ctrl+Enter runs the query.'),
    error,
    info,
  );
}
