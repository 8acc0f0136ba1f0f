/**
 * Frames slower than SLOW_FRAME_MS (big graph, weak or no GPU) make sigma draw only the
 * nodes while the camera moves. A frame is timed from its start to the next animation
 * frame, so the GL work done after the JavaScript returns counts too (in software WebGL it
 * is most of the frame).
 */
import type Sigma from 'sigma';
import type { KGraph } from '../core/graph/types.js';

/** A frame slower than this many milliseconds makes edges and labels hide while the camera moves. */
export const SLOW_FRAME_MS = 50;
/** Graphs with at most this many edges keep drawing everything while moving. */
const MIN_EDGES = 1000;

/** Watches the first frame (started at `firstFrameStart`) and every frame after it. */
export function watchSlowFrames(renderer: Sigma, graph: KGraph, firstFrameStart: number): void {
  const watchFrame = (start: number) =>
    requestAnimationFrame(() => {
      if (performance.now() - start > SLOW_FRAME_MS && graph.size > MIN_EDGES && !renderer.getSetting('hideEdgesOnMove')) {
        renderer.setSetting('hideEdgesOnMove', true);
        renderer.setSetting('hideLabelsOnMove', true);
      }
    });
  watchFrame(firstFrameStart);
  renderer.on('beforeRender', () => watchFrame(performance.now()));
}
