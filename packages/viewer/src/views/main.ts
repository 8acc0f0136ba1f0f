/**
 * The viewer's composition root: loads the graph, creates the renderer and mounts the
 * views. All state flows through the Store (mirrored in the URL hash).
 */
import './style.css';
import { loadGraph, prepareGraph } from '../core/graph/prepare.js';
import { applyAppearance } from '../core/appearance/palette.js';
import { computeVisibility, isUnfiltered } from '../core/filters/visibility.js';
import { mergeDetails } from '../core/graph/parts.js';
import { DEFAULT_VIEW } from '../core/url/state.js';
import type { App } from './app.js';
import { byId } from './dom.js';
import { loadSource, reloadSource } from './load.js';
import { Store } from './store.js';
import { createRenderer, fitToGraphSize, neighbourhoodOf, type Highlight } from './renderer.js';
import { mountArticle } from './article.js';
import { mountPanel } from './panel.js';
import { mountSearch } from './search.js';
import { mountFilters } from './filters.js';
import { mountTimeline } from './timeline.js';
import { mountCypher } from './cypher.js';
import { mountExport } from './export.js';
import { mountLayout } from './layout.js';
import { installTestHook } from './test-hook.js';
import { installMotion } from './motion.js';

/** A frame slower than this many milliseconds makes edges and labels hide while the camera moves. */
const SLOW_FRAME_MS = 50;

/** Resolves once the frames drawn so far are on screen (the second animation frame after now). */
const painted = () => new Promise<void>((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok())));

async function start(): Promise<void> {
  const statusEl = byId('status');
  statusEl.textContent = 'Loading graph…';
  const source = await loadSource();
  performance.mark('kg:fetched');
  const store = new Store();
  // Served prepared by the local server (its view part): imported as is; otherwise normalized and prepared here.
  const graph = loadGraph(source.graph, store.state.sizeBy, store.state.colorBy);
  source.graph = undefined; // let the parsed JSON go
  performance.mark('kg:loaded');
  // The details of a view part (core/graph/parts.ts): merged after the first frame, or
  // before it when the URL's view needs them (filters; sizes or colours by another metric).
  const defaultLook = store.state.sizeBy === DEFAULT_VIEW.sizeBy && store.state.colorBy === DEFAULT_VIEW.colorBy;
  const completeGraph = async () => {
    const details = source.details;
    if (!details) return;
    source.details = undefined;
    mergeDetails(graph, await details());
    if (!defaultLook) applyAppearance(graph, store.state.sizeBy, store.state.colorBy);
    performance.mark('kg:details');
  };
  if (!isUnfiltered(store.state.filters) || !defaultLook) await completeGraph();
  const prepare = () => prepareGraph(graph, store.state.sizeBy, store.state.colorBy);

  const hl: Highlight = { vis: computeVisibility(graph, store.state.filters) };
  let hovered: string | undefined;

  const syncHighlight = () => {
    const sel = store.state.selected;
    hl.selectedNode = sel && !sel.startsWith('e:') && graph.hasNode(sel) ? sel : undefined;
    hl.selectedEdge = sel?.startsWith('e:') && graph.hasEdge(sel.slice(2)) ? sel.slice(2) : undefined;
    hl.focus = hovered ?? hl.selectedNode;
    const around = hl.focus && hl.vis.nodes.has(hl.focus) ? neighbourhoodOf(graph, hl.vis, hl.focus) : undefined;
    hl.focusSet = around?.nodes;
    hl.focusEdges = around?.edges;
    if (!around) hl.focus = undefined;
  };
  // Everything the first frame depends on is set before sigma draws it: each full refresh of
  // a 10k/50k graph costs a few hundred ms in software WebGL.
  syncHighlight();
  const firstFrameStart = performance.now();
  const renderer = createRenderer(graph, byId('graph'), hl);
  installMotion(renderer);
  performance.mark('kg:sigma');

  const app: App = {
    graph, renderer, store, hl, api: source.api,
    select: (target, opts = {}) => {
      store.set({ selected: target });
      if (opts.move && target && !target.startsWith('e:') && graph.hasNode(target)) {
        const d = renderer.getNodeDisplayData(target);
        if (d) void renderer.getCamera().animate({ x: d.x, y: d.y, ratio: Math.min(renderer.getCamera().ratio, 0.35) }, { duration: 400 });
      }
    },
    openArticle: () => {},
    recompute: () => { hl.vis = computeVisibility(graph, store.state.filters); syncHighlight(); renderer.refresh({ skipIndexation: true }); statusLine(); },
    status: (text) => { statusEl.textContent = text; },
  };
  const hook = installTestHook(app);
  // Sigma drew the first frame in its constructor: let it reach the screen before the details
  // are read and the panels (filters, timeline, search) built.
  await painted();
  await completeGraph();

  app.openArticle = mountArticle(app);
  const renderPanel = mountPanel(app);
  const search = mountSearch(app);
  const layout = mountLayout(app);
  const renderTimeline = mountTimeline(app);

  const graphChanged = () => {
    layout.stop();
    // Index the new nodes and edges first: sigma cannot repaint an edge it has not indexed.
    renderer.refresh();
    prepare();
    fitToGraphSize(renderer, graph, hl);
    search.reindex();
    if (store.state.selected && !graph.hasNode(store.state.selected) && !graph.hasEdge(store.state.selected.slice(2))) store.set({ selected: undefined });
    app.recompute();
    renderer.refresh();
    renderFilters();
    renderTimeline();
    renderPanel();
    void renderer.getCamera().animatedReset({ duration: 300 });
  };
  // The file's graph again: fetched anew (the server keeps it), rather than a copy kept in memory all along.
  const restore = async () => {
    const fresh = loadGraph(await reloadSource(source), store.state.sizeBy, store.state.colorBy);
    graph.clear();
    graph.import(fresh);
    graphChanged();
  };
  const cypherBox = mountCypher(app, graphChanged, restore);
  const renderFilters = mountFilters(app, [cypherBox]);
  mountExport(app);
  performance.mark('kg:mounted');

  store.subscribe((state, prev, external) => {
    if (state.sizeBy !== prev.sizeBy || state.colorBy !== prev.colorBy) applyAppearance(graph, state.sizeBy, state.colorBy);
    if (state.filters !== prev.filters) app.recompute();
    else { syncHighlight(); renderer.refresh({ skipIndexation: true }); }
    if (state.selected !== prev.selected) renderPanel();
    if (external || state.colorBy !== prev.colorBy) { renderFilters(); renderTimeline(); }
    sizeBy.value = state.sizeBy;
    colorBy.value = state.colorBy;
    statusLine();
  });

  const sizeBy = byId<HTMLSelectElement>('size-by');
  const colorBy = byId<HTMLSelectElement>('color-by');
  sizeBy.value = store.state.sizeBy;
  colorBy.value = store.state.colorBy;
  sizeBy.addEventListener('change', () => store.set({ sizeBy: sizeBy.value as 'pagerank' | 'degree' }));
  colorBy.addEventListener('change', () => store.set({ colorBy: colorBy.value as 'kind' | 'community' }));
  byId('zoom-fit').addEventListener('click', () => void renderer.getCamera().animatedReset({ duration: 300 }));

  // Hover: not while dragging the view, and at most one refresh per frame.
  let dragging = false;
  renderer.getMouseCaptor().on('mousedown', () => { dragging = true; });
  renderer.getMouseCaptor().on('mouseup', () => { dragging = false; });
  const hover = (node: string | undefined) => {
    if (dragging || hovered === node) return;
    hovered = node;
    syncHighlight();
    renderer.refresh({ skipIndexation: true, schedule: true });
  };
  renderer.on('enterNode', ({ node }) => hover(node));
  renderer.on('leaveNode', () => hover(undefined));
  renderer.on('clickNode', ({ node }) => app.select(node));
  renderer.on('clickEdge', ({ edge }) => app.select(`e:${edge}`));
  renderer.on('clickStage', () => app.select(undefined));
  // Keyboard on the graph: arrows pan, +/- zoom, 0 fits, Escape clears the selection.
  byId('graph').addEventListener('keydown', (e) => {
    const camera = renderer.getCamera();
    const { x, y, ratio } = camera.getState();
    const step = 0.1 * ratio;
    const moves: Record<string, () => unknown> = {
      Escape: () => app.select(undefined),
      ArrowLeft: () => camera.animate({ x: x - step }, { duration: 150 }),
      ArrowRight: () => camera.animate({ x: x + step }, { duration: 150 }),
      ArrowUp: () => camera.animate({ y: y + step }, { duration: 150 }),
      ArrowDown: () => camera.animate({ y: y - step }, { duration: 150 }),
      '+': () => camera.animatedZoom({ duration: 150 }),
      '=': () => camera.animatedZoom({ duration: 150 }),
      '-': () => camera.animatedUnzoom({ duration: 150 }),
      '0': () => camera.animatedReset({ duration: 150 }),
    };
    const move = moves[e.key];
    if (move) { e.preventDefault(); void move(); }
  });

  // Frames slower than this (big graph, weak or no GPU): draw only nodes while the camera moves.
  // Timed from the start of a frame to the next animation frame, so the GL work done after the
  // JavaScript returns counts too (in software WebGL it is most of the frame).
  const watchFrame = (start: number) => requestAnimationFrame(() => {
    if (performance.now() - start > SLOW_FRAME_MS && graph.size > 1000 && !renderer.getSetting('hideEdgesOnMove')) {
      renderer.setSetting('hideEdgesOnMove', true);
      renderer.setSetting('hideLabelsOnMove', true);
    }
  });
  watchFrame(firstFrameStart);
  renderer.on('beforeRender', () => watchFrame(performance.now()));

  const statusLine = () => app.status(`${hl.vis.nodes.size.toLocaleString()} of ${graph.order.toLocaleString()} nodes · ${hl.vis.edges.size.toLocaleString()} of ${graph.size.toLocaleString()} edges`);
  statusLine();
  if (store.state.selected) renderPanel();
  hook.interactive();
}

start().catch((err) => {
  const el = document.getElementById('status');
  if (el) { el.textContent = (err as Error).message; el.setAttribute('role', 'alert'); }
  console.warn(err);
});
