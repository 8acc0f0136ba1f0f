/** Keyboard on the graph: arrows pan, +/- zoom, 0 fits, Escape clears the selection. */
import type { App } from './app.js';
import { byId } from './dom.js';

const DURATION = { duration: 150 };

/** The camera move (or selection change) a key stands for, or undefined. */
function keyAction(app: App, key: string): (() => unknown) | undefined {
  const camera = app.renderer.getCamera();
  const { x, y, ratio } = camera.getState();
  const step = 0.1 * ratio;
  const actions: Record<string, () => unknown> = {
    Escape: () => app.select(undefined),
    ArrowLeft: () => camera.animate({ x: x - step }, DURATION),
    ArrowRight: () => camera.animate({ x: x + step }, DURATION),
    ArrowUp: () => camera.animate({ y: y + step }, DURATION),
    ArrowDown: () => camera.animate({ y: y - step }, DURATION),
    '+': () => camera.animatedZoom(DURATION),
    '=': () => camera.animatedZoom(DURATION),
    '-': () => camera.animatedUnzoom(DURATION),
    '0': () => camera.animatedReset(DURATION),
  };
  return actions[key];
}

export function bindGraphKeys(app: App): void {
  byId('graph').addEventListener('keydown', (e) => {
    const action = keyAction(app, e.key);
    if (action) {
      e.preventDefault();
      void action();
    }
  });
}
