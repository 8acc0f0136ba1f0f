/**
 * Drawing while the view moves (pan, drag, zoom) on big graphs, where software WebGL
 * (SwiftShader, weak GPUs) cannot redraw 50k edges per frame. Sigma's `hideEdgesOnMove`
 * and `hideLabelsOnMove` draw only the nodes while the camera moves; on top of that:
 *  - the camera counts as moving until it has rested `REST_MS`: otherwise sigma draws a
 *    full frame (every edge: hundreds of ms) on the first still frame between two
 *    arrow-key pans or two nudges of a drag, and the next move stalls behind it;
 *  - the layers that are blank while moving (edges, labels, hovers) are hidden, so the
 *    compositor does not blend six empty full-size canvases per frame;
 *  - nodes are not drawn a second time into sigma's picking buffer while moving (the
 *    full frame after the rest draws it again, so hovering works once the view is still).
 * Measured in README.md (bench): CPU per moving frame about ×0.4.
 */
import type Sigma from 'sigma';
import { Camera } from 'sigma';
import type { NodeProgramType } from 'sigma/rendering';

/** How long the view must rest before edges, labels and picking come back. */
export const REST_MS = 200;

class RestingCamera extends Camera {
  movingUntil = 0;

  override isAnimated(): boolean {
    return super.isAnimated() || performance.now() < this.movingUntil;
  }
}

/**
 * Gives the renderer a resting camera and hides the blank layers while it moves. The
 * container gets `kg-moving-edges` / `kg-moving-labels` (style.css hides those layers)
 * only when sigma really leaves them blank, i.e. with hideEdgesOnMove / hideLabelsOnMove.
 */
export function installMotion(renderer: Sigma, restMs = REST_MS): Camera {
  const old = renderer.getCamera();
  const camera = new RestingCamera();
  // The settings sigma wrote onto its camera, and where it looks.
  Object.assign(camera, {
    minRatio: old.minRatio,
    maxRatio: old.maxRatio,
    clean: old.clean,
    enabledZooming: old.enabledZooming,
    enabledPanning: old.enabledPanning,
    enabledRotation: old.enabledRotation,
  });
  camera.setState(old.getState());
  const container = renderer.getContainer();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const rest = () => {
    timer = undefined;
    container.classList.remove('kg-moving-edges', 'kg-moving-labels');
    renderer.scheduleRender();
  };
  camera.on('updated', () => {
    camera.movingUntil = performance.now() + restMs;
    if (timer === undefined) {
      container.classList.toggle('kg-moving-edges', renderer.getSetting('hideEdgesOnMove'));
      container.classList.toggle('kg-moving-labels', renderer.getSetting('hideLabelsOnMove'));
    }
    clearTimeout(timer);
    timer = setTimeout(rest, restMs + 1);
  });
  renderer.setCamera(camera);
  return camera;
}

/** The node program, minus its picking pass while the camera moves. */
export function pickingWhenStill(Base: NodeProgramType): NodeProgramType {
  return class extends (Base as any) {
    render(params: unknown): void {
      const pick = this.pickProgram;
      if (pick && this.renderer.getCamera().isAnimated()) {
        this.pickProgram = null;
        try {
          super.render(params);
        } finally {
          this.pickProgram = pick;
        }
      } else super.render(params);
    }
  } as unknown as NodeProgramType;
}
