/** The mouse on the graph: hover emphasises a neighbourhood, clicks select a node, an edge or nothing. */
import type { App } from './app.js';
import { syncHighlight } from './highlight.js';

export function bindPointer(app: App): void {
  const { renderer, hl } = app;
  // Hover: not while dragging the view, and at most one refresh per frame.
  let dragging = false;
  renderer.getMouseCaptor().on('mousedown', () => {
    dragging = true;
  });
  renderer.getMouseCaptor().on('mouseup', () => {
    dragging = false;
  });
  const hover = (node: string | undefined) => {
    if (dragging || hl.hovered === node) return;
    hl.hovered = node;
    syncHighlight(app.graph, hl, app.store.state.selected);
    renderer.refresh({ skipIndexation: true, schedule: true });
  };
  renderer.on('enterNode', ({ node }) => hover(node));
  renderer.on('leaveNode', () => hover(undefined));
  renderer.on('clickNode', ({ node }) => app.select(node));
  renderer.on('clickEdge', ({ edge }) => app.select(`e:${edge}`));
  renderer.on('clickStage', () => app.select(undefined));
}
