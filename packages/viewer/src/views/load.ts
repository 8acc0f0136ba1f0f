/**
 * Where the graph comes from: `?graph=<url>`, else the local server's /api/graph, else a
 * `graph.json` next to index.html (any static web server).
 */
export interface Source { graph: unknown; api: boolean; url: string }

async function fetchJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`kg viewer: ${url} answered ${res.status}`);
  return res.json();
}

export async function loadSource(): Promise<Source> {
  const explicit = new URLSearchParams(location.search).get('graph');
  if (explicit) return { graph: await fetchJson(explicit), api: false, url: explicit };
  try {
    const info = await fetch('api/info');
    if (info.ok && (info.headers.get('content-type') ?? '').includes('json'))
      return { graph: await fetchJson('api/graph'), api: true, url: 'api/graph' };
  } catch { /* no local server: a static host */ }
  return { graph: await fetchJson('graph.json'), api: false, url: 'graph.json' };
}

/** The text of an article: embedded in the graph (static build) or from the server. */
export async function fetchArticle(id: string, embedded: string | undefined, api: boolean): Promise<string> {
  if (embedded !== undefined) return embedded;
  if (!api) throw new Error(`kg viewer: the graph has no text for article "${id}"`);
  const res = await fetch(`api/articles/${encodeURIComponent(id)}`);
  if (!res.ok) throw new Error(`kg viewer: no text for article "${id}" (${res.status})`);
  return res.text();
}
