/** The layout control: ForceAtlas2 in a web worker, started and stopped on demand. */
import FA2LayoutModule from 'graphology-layout-forceatlas2/worker.js';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import type { App } from './app.js';
import { byId } from './dom.js';
import { cjs } from './cjs.js';

const FA2Layout = cjs(FA2LayoutModule);
const forceAtlas2 = cjs(forceAtlas2Module);

export function mountLayout(app: App): { stop(): void } {
  const button = byId<HTMLButtonElement>('layout-toggle');
  let layout: InstanceType<typeof FA2Layout> | undefined;
  const stop = () => {
    layout?.kill();
    layout = undefined;
    button.textContent = 'Run layout';
    button.setAttribute('aria-pressed', 'false');
  };
  button.addEventListener('click', () => {
    if (layout) return stop();
    const settings = { ...forceAtlas2.inferSettings(app.graph as any), adjustSizes: false };
    layout = new FA2Layout(app.graph as any, { settings });
    layout.start();
    button.textContent = 'Stop layout';
    button.setAttribute('aria-pressed', 'true');
  });
  return { stop };
}
