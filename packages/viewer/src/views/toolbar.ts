/** The toolbar's view controls: node size and colour metrics, zoom to fit. */
import type { ViewState } from '../core/url/state.js';
import type { App } from './app.js';
import { byId } from './dom.js';

/** Binds the controls to the store; returns what shows a state in them. */
export function mountToolbar(app: App): (state: ViewState) => void {
  const sizeBy = byId<HTMLSelectElement>('size-by');
  const colorBy = byId<HTMLSelectElement>('color-by');
  const show = (state: ViewState) => {
    sizeBy.value = state.sizeBy;
    colorBy.value = state.colorBy;
  };
  show(app.store.state);
  sizeBy.addEventListener('change', () => app.store.set({ sizeBy: sizeBy.value as ViewState['sizeBy'] }));
  colorBy.addEventListener('change', () => app.store.set({ colorBy: colorBy.value as ViewState['colorBy'] }));
  byId('zoom-fit').addEventListener('click', () => void app.renderer.getCamera().animatedReset({ duration: 300 }));
  return show;
}
