/**
 * Where the graph comes from: `?graph=<url>`, else the local server (api/graph/view, then
 * api/graph/details), else a `graph.json` next to index.html (any static web server,
 * where api/graph/view is a 404).
 */
import type { GraphDetails } from '../core/graph/parts.js';

export interface Source {
  /** The parsed JSON (the whole graph, or the server's view part); view-graph.ts drops it once the graph is built. */
  graph: unknown;
  /** With the view part: reads the details (downloading since the view part arrived; parsed when called). */
  details?: () => Promise<GraphDetails>;
  api: boolean;
  /** Where the whole graph is (for restoring it after a Cypher result). */
  url: string;
}

async function fetchJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`kg viewer: ${url} answered ${res.status}`);
  return res.json();
}

export async function loadSource(): Promise<Source> {
  const explicit = new URLSearchParams(location.search).get('graph');
  if (explicit) return { graph: await fetchJson(explicit), api: false, url: explicit };
  // The local server's graph in two parts (core/graph/parts.ts). index.html has asked for
  // the view part already (preload), while this code loaded.
  try {
    const res = await fetch('api/graph/view');
    if (res.ok && (res.headers.get('content-type') ?? '').includes('json')) {
      const details = fetch('api/graph/details');
      const view = await res.json();
      return {
        graph: view,
        api: true,
        url: 'api/graph',
        details: async () => {
          const r = await details;
          if (!r.ok) throw new Error(`kg viewer: api/graph/details answered ${r.status}`);
          return r.json();
        },
      };
    }
  } catch {
    /* no local server: a static host */
  }
  return { graph: await fetchJson('graph.json'), api: false, url: 'graph.json' };
}

/** The same graph file again (to restore the full graph after a Cypher result replaced it). */
export const reloadSource = (source: Source): Promise<unknown> => fetchJson(source.url);

/** The text of an article: embedded in the graph (static build) or from the server. */
export async function fetchArticle(id: string, embedded: string | undefined, api: boolean): Promise<string> {
  if (embedded !== undefined) return embedded;
  if (!api) throw new Error(`kg viewer: the graph has no text for article "${id}"`);
  const res = await fetch(`api/articles/${encodeURIComponent(id)}`);
  if (!res.ok) throw new Error(`kg viewer: no text for article "${id}" (${res.status})`);
  return res.text();
}
