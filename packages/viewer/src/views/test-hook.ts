/**
 * `window.__kg`: a small read-only window onto the viewer for the end-to-end tests and
 * the bench (documented in README.md). It reports what sigma actually renders, after
 * the reducers, not what the state says should be rendered.
 */
import type { App } from './app.js';

export interface TestHook {
  /** True once the graph is on screen and every panel is built (search, filters, timeline, Cypher). */
  ready: boolean;
  /** Milliseconds from navigation start to the first frame on screen (nodes, edges, labels). */
  firstRenderMs?: number;
  /** Milliseconds from navigation start to `ready`. */
  interactiveMs?: number;
  /** Number of frames sigma has drawn so far. */
  renders: number;
  /** Milliseconds sigma took to draw its last frame (beforeRender → afterRender). */
  lastRenderMs: number;
  /** Whether edges and labels are left out while the camera moves (switched on for slow frames). */
  hidesOnMove(): boolean;
  /** Nodes drawn (not hidden by the filters). */
  visibleNodes(): { id: string; label: string; kind: string }[];
  /** Edges drawn. */
  visibleEdges(): { id: string; source: string; target: string; predicate: string }[];
  /** Size of the whole graph in memory. */
  size(): { nodes: number; edges: number };
  /** The current selection (node key or `e:<edge key>`). */
  selected(): string | undefined;
  /** Viewport position of a node in CSS pixels relative to the graph container, or null when hidden. */
  nodeViewport(id: string): { x: number; y: number } | null;
  /** The camera state (x, y, ratio, angle). */
  camera(): { x: number; y: number; ratio: number; angle: number };
}

export function installTestHook(app: App): TestHook & { interactive(): void } {
  const r = app.renderer;
  const hook: TestHook & { interactive(): void } = {
    ready: false,
    interactive: () => {
      // After the first frame is timed (the panels are built once it is on screen).
      requestAnimationFrame(() => {
        hook.interactiveMs = performance.now();
        hook.ready = true;
      });
    },
    renders: 0,
    lastRenderMs: 0,
    hidesOnMove: () => r.getSetting('hideEdgesOnMove'),
    visibleNodes: () =>
      app.graph
        .filterNodes((n) => r.getNodeDisplayData(n)?.hidden === false)
        .map((n) => ({ id: n, label: app.graph.getNodeAttribute(n, 'label'), kind: app.graph.getNodeAttribute(n, 'kind') })),
    visibleEdges: () =>
      app.graph
        .filterEdges((e) => r.getEdgeDisplayData(e)?.hidden === false)
        .map((e) => ({ id: e, source: app.graph.source(e), target: app.graph.target(e), predicate: app.graph.getEdgeAttribute(e, 'predicate') })),
    size: () => ({ nodes: app.graph.order, edges: app.graph.size }),
    selected: () => app.store.state.selected,
    nodeViewport: (id) => {
      const d = r.getNodeDisplayData(id);
      return d && !d.hidden ? r.framedGraphToViewport(d) : null;
    },
    camera: () => ({ ...r.getCamera().getState() }),
  };
  let renderStart = 0;
  r.on('beforeRender', () => {
    renderStart = performance.now();
  });
  r.on('afterRender', () => {
    hook.lastRenderMs = performance.now() - renderStart;
    hook.renders++;
  });
  // Sigma's constructor has drawn the first frame (synchronously, before any listener could be
  // attached): it is on screen at the second animation frame.
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      hook.firstRenderMs = performance.now();
    }),
  );
  (window as unknown as { __kg: TestHook }).__kg = hook;
  return hook;
}
