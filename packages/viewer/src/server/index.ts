/**
 * The viewer's local server: the static build plus a small API.
 *   GET  /api/graph         the graph as graphology JSON (article texts left out), prepared
 *   GET  /api/graph/view    its view part, and /api/graph/details the rest (core/graph/parts.ts)
 *   GET  /api/articles/:id  one article's cleaned text (text/plain)
 *   GET  /api/info          what this server offers ({cypher, rowLimit, timeoutMs})
 *   POST /api/cypher        {query, params?} → {nodes, edges, rows, truncated}, read-only
 * Its rules (each tested in test/server-*.test.ts): it listens on 127.0.0.1 only; it answers
 * only requests whose Host header is a local name with its port (host.ts); Cypher is
 * pre-checked (cypher-guard.ts) and run in a read transaction with a time-out and a row
 * limit (read-query.ts); the Neo4j credentials never appear in an answer (redact.ts);
 * static files never come from outside dist/ (static.ts).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { BUILD_HINT, DIST, buildIsStale, isBuilt } from './build.js';
import { articleText, readGraphFile, type ServedGraph } from './graph-file.js';
import { openDriver, readableError, settingsFromEnv, type ConnectionSettings } from './cypher.js';
import { refusal } from './cypher-guard.js';
import { runReadQuery, type ReadLimits } from './read-query.js';
import { crossSiteRefusal, isAllowedHost, LISTEN_HOST } from './host.js';
import { redactor } from './redact.js';
import { serveStatic } from './static.js';
import type { CypherResult } from '../core/cypher/result.js';
import { splitGraph } from '../core/graph/parts.js';

export interface ServeOptions {
  graphFile: string;
  /** Port on 127.0.0.1 (0: any free port). */
  port?: number;
  /** Neo4j connection (default: NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD). */
  neo4j?: ConnectionSettings;
  /** Neo4j stops a Cypher box query after this many milliseconds (default 10 s). */
  queryTimeoutMs?: number;
  /** The Cypher box reads at most this many rows (default 5,000). */
  rowLimit?: number;
  /** The built viewer served as static files (default packages/viewer/dist). */
  staticDir?: string;
  /** Called with each log line (default: console.log). */
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export const DEFAULT_LIMITS: ReadLimits = { timeoutMs: 10_000, rowLimit: 5_000 };
const MAX_BODY = 1_000_000;
/** Headers on every answer: no content sniffing, no framing by other sites, no referrer. */
const COMMON_HEADERS = { 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'referrer-policy': 'no-referrer' };

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...COMMON_HEADERS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache' });
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

/** Starts the server on 127.0.0.1 and resolves once it listens. The viewer must be built (see build.ts). */
export async function serve(opts: ServeOptions): Promise<RunningServer> {
  const log = opts.log ?? ((l: string) => console.log(l));
  const staticDir = opts.staticDir ?? DIST;
  if (!isBuilt(staticDir)) throw new Error(`kg view: the viewer is not built (no ${staticDir}/index.html): ${BUILD_HINT}`);
  if (staticDir === DIST && buildIsStale()) log(`kg view: the viewer build is older than its sources: ${BUILD_HINT}`);
  const graph: ServedGraph = await readGraphFile(opts.graphFile);
  const settings = opts.neo4j ?? settingsFromEnv();
  const limits: ReadLimits = { timeoutMs: opts.queryTimeoutMs ?? DEFAULT_LIMITS.timeoutMs, rowLimit: opts.rowLimit ?? DEFAULT_LIMITS.rowLimit };
  const redact = redactor([settings.password]);
  let driver: Promise<Driver> | undefined;
  let port = 0;
  // Serialized once: the whole graph, and its two parts for the page (core/graph/parts.ts).
  const parts = splitGraph(graph.json as never);
  const bodies: Record<string, Buffer> = {
    '/api/graph': Buffer.from(JSON.stringify(graph.json)),
    '/api/graph/view': Buffer.from(JSON.stringify(parts.view)),
    '/api/graph/details': Buffer.from(JSON.stringify(parts.details)),
  };

  const cypher = async (req: IncomingMessage, res: ServerResponse) => {
    const crossSite = crossSiteRefusal(req.headers, port);
    if (crossSite) return sendJson(res, 403, { error: crossSite });
    let query: unknown;
    let params: unknown;
    try {
      ({ query, params } = JSON.parse(await readBody(req)));
    } catch (err) {
      return sendJson(res, 400, { error: `kg view: the request body is not JSON {query, params}: ${(err as Error).message}` });
    }
    if (typeof query !== 'string' || !query.trim()) return sendJson(res, 400, { error: 'kg view: "query" must be a non-empty Cypher string' });
    if (params !== undefined && (params === null || typeof params !== 'object' || Array.isArray(params)))
      return sendJson(res, 400, { error: 'kg view: "params" must be an object' });
    const refused = refusal(query);
    if (refused) return sendJson(res, 403, { error: refused, refused: true });
    try {
      // A failed connection is not kept: the next query tries again (Neo4j started later).
      driver ??= openDriver(settings).catch((err) => {
        driver = undefined;
        throw err;
      });
      const result: CypherResult = await runReadQuery(await driver, query, (params ?? {}) as Record<string, unknown>, limits);
      sendJson(res, 200, result);
    } catch (err) {
      sendJson(res, 422, { error: redact(readableError(err, limits.timeoutMs)) });
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (!isAllowedHost(req.headers.host, port))
      return sendJson(res, 403, { error: `kg view: requests must be addressed to localhost:${port} or 127.0.0.1:${port}` });
    const raw = req.url ?? '';
    if (!raw.startsWith('/')) return sendJson(res, 400, { error: 'kg view: bad request target' });
    const path = raw.split(/[?#]/)[0];
    const body = Object.hasOwn(bodies, path) ? bodies[path] : undefined;
    if (body) {
      res.writeHead(200, { ...COMMON_HEADERS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache' });
      return res.end(body);
    }
    if (path === '/api/info') return sendJson(res, 200, { cypher: true, ...limits });
    if (path.startsWith('/api/articles/')) {
      let id: string;
      try {
        id = decodeURIComponent(path.slice('/api/articles/'.length));
      } catch {
        return sendJson(res, 400, { error: 'kg view: malformed article id' });
      }
      const text = await articleText(graph, id);
      if (text === undefined) return sendJson(res, 404, { error: `kg view: no text for article "${id}"` });
      res.writeHead(200, { ...COMMON_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
      return res.end(text);
    }
    if (path === '/api/cypher') {
      if (req.method !== 'POST') return sendJson(res, 405, { error: 'kg view: POST a {query} to /api/cypher' });
      return cypher(req, res);
    }
    if (path.startsWith('/api/')) return sendJson(res, 404, { error: `kg view: no API ${path}` });
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: 'kg view: static files are read with GET' });
    if (!serveStatic(staticDir, path, res)) sendJson(res, 404, { error: 'kg view: no such file' });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err) => {
      if (!res.headersSent) sendJson(res, 500, { error: redact(`kg view: ${(err as Error).message}`) });
      else res.end();
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 5173, LISTEN_HOST, () => ok());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://${LISTEN_HOST}:${port}/`;
  log(`kg view: ${opts.graphFile} on ${url}`);
  return {
    url,
    server,
    close: async () => {
      await new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      });
      await (await driver?.catch(() => undefined))?.close();
    },
  };
}
