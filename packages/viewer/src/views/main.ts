/**
 * The viewer's composition root: loads the graph, draws the first frame, then mounts the
 * views. All state flows through the Store (mirrored in the URL hash).
 */
import './style.css';
import { computeVisibility } from '../core/filters/visibility.js';
import { createApp } from './app.js';
import { afterPaint, byId } from './dom.js';
import { syncHighlight } from './highlight.js';
import { bindGraphKeys } from './keyboard.js';
import { loadSource } from './load.js';
import { installMotion } from './motion.js';
import { bindPointer } from './pointer.js';
import { createRenderer, type Highlight } from './renderer.js';
import { watchSlowFrames } from './slow-frames.js';
import { followState } from './state-effects.js';
import { showCounts } from './status-line.js';
import { Store } from './store.js';
import { installTestHook } from './test-hook.js';
import { mountToolbar } from './toolbar.js';
import { buildViewGraph } from './view-graph.js';
import { mountViews } from './views.js';

async function start(): Promise<void> {
  const statusEl = byId('status');
  statusEl.textContent = 'Loading graph…';
  const source = await loadSource();
  performance.mark('kg:fetched');
  const store = new Store();
  const { graph, completeDetails } = await buildViewGraph(source, store);

  // Everything the first frame depends on is set before sigma draws it: each full refresh of
  // a 10k/50k graph costs a few hundred ms in software WebGL.
  const hl: Highlight = { vis: computeVisibility(graph, store.state.filters) };
  syncHighlight(graph, hl, store.state.selected);
  const firstFrameStart = performance.now();
  const renderer = createRenderer(graph, byId('graph'), hl);
  installMotion(renderer);
  performance.mark('kg:sigma');
  const app = createApp({ graph, renderer, store, hl, api: source.api }, statusEl);
  const hook = installTestHook(app);

  // Sigma drew the first frame in its constructor: let it reach the screen before the details
  // are read and the panels (filters, timeline, search) built.
  await afterPaint();
  await completeDetails();
  const views = mountViews(app, source);
  performance.mark('kg:mounted');

  followState(app, views, mountToolbar(app));
  bindPointer(app);
  bindGraphKeys(app);
  watchSlowFrames(renderer, graph, firstFrameStart);
  showCounts(app);
  if (store.state.selected) views.renderPanel();
  hook.interactive();
}

start().catch((err) => {
  const el = document.getElementById('status');
  if (el) {
    el.textContent = (err as Error).message;
    el.setAttribute('role', 'alert');
  }
  console.warn(err);
});
