/**
 * A raw HTTP request for the server tests: the path goes out exactly as written (fetch
 * would normalise `..` and percent-encoding away first) and the Host header is whatever
 * the test says, or absent.
 */
import { request } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}
export interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  host?: string | null;
  body?: string;
}

export function rawRequest(url: string, r: RawRequest): Promise<RawResponse> {
  const u = new URL(url);
  const headers: Record<string, string> = { ...(r.headers ?? {}) };
  if (r.host !== null) headers.host = r.host ?? u.host;
  return new Promise((ok, fail) => {
    const req = request({ host: u.hostname, port: u.port, method: r.method ?? 'GET', path: r.path, headers, setHost: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', fail);
    req.end(r.body);
  });
}

/** POST /api/cypher as the viewer's page sends it (JSON, same origin). */
export function postCypher(url: string, body: unknown, headers: Record<string, string> = {}): Promise<RawResponse> {
  const origin = new URL(url).origin;
  return rawRequest(url, {
    method: 'POST',
    path: '/api/cypher',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', origin, ...headers },
  });
}
