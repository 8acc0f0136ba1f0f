/** Exports of what is on screen: a PNG of the canvas layers, GEXF and graphology JSON of the visible subgraph. */
import { downloadAsPNG } from '@sigma/export-image';
import gexf from 'graphology-gexf/browser/index.js';
import { flattenForGexf, visibleSubgraph } from '../core/export/subgraph.js';
import type { App } from './app.js';
import { byId, download } from './dom.js';
import { cjs } from './cjs.js';

const writeGexf = cjs(gexf).write;

export function mountExport(app: App): void {
  const sub = () => visibleSubgraph(app.graph, app.hl.vis);
  byId('export-png').addEventListener('click', () => {
    void downloadAsPNG(app.renderer, { fileName: 'kg-view', backgroundColor: '#ffffff' }).catch((err) =>
      app.status(`PNG export failed: ${(err as Error).message}`),
    );
  });
  byId('export-gexf').addEventListener('click', () => {
    download('kg-view.gexf', writeGexf(flattenForGexf(sub()) as any), 'application/xml');
  });
  byId('export-json').addEventListener('click', () => {
    download('kg-view.json', JSON.stringify(sub().export()), 'application/json');
  });
}
