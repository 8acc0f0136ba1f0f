/**
 * The viewer's local server: the static build plus a small API.
 *   GET  /api/graph         the graph as graphology JSON (article texts left out)
 *   GET  /api/articles/:id  one article's cleaned text (text/plain)
 *   GET  /api/info          what this server offers ({cypher: true})
 *   POST /api/cypher        {query, params?} → {nodes, edges, rows}, read-only
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { DIST, ensureBuild } from './build.js';
import { articleText, readGraphFile, type ServedGraph } from './graph-file.js';
import { openDriver, readableError, runReadQuery } from './cypher.js';
import { serveStatic } from './static.js';
import type { CypherResult } from '../core/cypher/result.js';

export interface ServeOptions {
  graphFile: string;
  port?: number;
  host?: string;
  /** Runs a read-only Cypher query (default: a READ session on the project's Neo4j). */
  query?: (cypher: string, params: Record<string, unknown>) => Promise<CypherResult>;
  /** Called with each log line (default: console.log). */
  log?: (line: string) => void;
}

export interface RunningServer { url: string; server: Server; close(): Promise<void> }

const MAX_BODY = 1_000_000;

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache' });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const c of req) {
    size += (c as Buffer).length;
    if (size > MAX_BODY) throw new Error('request body too large');
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Starts the server (building the viewer first if needed) and resolves once it listens. */
export async function serve(opts: ServeOptions): Promise<RunningServer> {
  const log = opts.log ?? ((l: string) => console.log(l));
  const graph: ServedGraph = await readGraphFile(opts.graphFile);
  await ensureBuild(log);
  let driver: Promise<Driver> | undefined;
  const graphBody = JSON.stringify(graph.json);

  const cypher = async (req: IncomingMessage, res: ServerResponse) => {
    let query: unknown;
    let params: unknown;
    try {
      ({ query, params } = JSON.parse(await readBody(req)));
    } catch (err) {
      return sendJson(res, 400, { error: `kg view: the request body is not JSON {query, params}: ${(err as Error).message}` });
    }
    if (typeof query !== 'string' || !query.trim()) return sendJson(res, 400, { error: 'kg view: "query" must be a non-empty Cypher string' });
    try {
      const run = opts.query ?? (async (q: string, p: Record<string, unknown>) => {
        // A failed connection is not cached: the next query tries again (Neo4j started later).
        driver ??= openDriver().catch((err) => { driver = undefined; throw err; });
        return runReadQuery(await driver, q, p) as Promise<CypherResult>;
      });
      sendJson(res, 200, await run(query, (params ?? {}) as Record<string, unknown>));
    } catch (err) {
      sendJson(res, 422, { error: readableError(err) });
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (path === '/api/graph') {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache' });
      return res.end(graphBody);
    }
    if (path === '/api/info') return sendJson(res, 200, { cypher: true });
    if (path.startsWith('/api/articles/')) {
      const id = decodeURIComponent(path.slice('/api/articles/'.length));
      const text = await articleText(graph, id);
      if (text === undefined) return sendJson(res, 404, { error: `kg view: no text for article "${id}"` });
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      return res.end(text);
    }
    if (path === '/api/cypher') {
      if (req.method !== 'POST') return sendJson(res, 405, { error: 'kg view: POST a {query} to /api/cypher' });
      return cypher(req, res);
    }
    if (path.startsWith('/api/')) return sendJson(res, 404, { error: `kg view: no API ${path}` });
    if (!serveStatic(DIST, path, res)) sendJson(res, 404, { error: `kg view: no file ${path}` });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err) => {
      if (!res.headersSent) sendJson(res, 500, { error: `kg view: ${(err as Error).message}` });
      else res.end();
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 5173, opts.host ?? '127.0.0.1', () => ok());
  });
  const addr = server.address() as AddressInfo;
  const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  const url = `http://${host}:${addr.port}/`;
  log(`kg view: ${opts.graphFile} on ${url}`);
  return {
    url, server,
    close: async () => {
      await new Promise<void>((ok) => { server.close(() => ok()); server.closeAllConnections(); });
      await (await driver?.catch(() => undefined))?.close();
    },
  };
}
