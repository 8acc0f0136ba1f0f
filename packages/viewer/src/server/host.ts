/**
 * Who may talk to the viewer's server. It listens on 127.0.0.1 only, and answers only
 * requests addressed to a local name with its port: a web page elsewhere that rebinds its
 * own domain name to 127.0.0.1 (DNS rebinding) sends its own name in the Host header and
 * is refused. Cypher requests must also come from the page itself: JSON (which a
 * cross-site form cannot send without a preflight this server never grants) and, when the
 * browser names an origin, the server's own.
 */
import type { IncomingHttpHeaders } from 'node:http';

/** The only interface the server listens on. */
export const LISTEN_HOST = '127.0.0.1';

const LOCAL_NAMES = ['localhost', '127.0.0.1', '[::1]'];

/** True when the Host header names this server: a local name with the server's port (port 80 may be left out). */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  const h = host.toLowerCase();
  return LOCAL_NAMES.some((name) => h === `${name}:${port}` || (port === 80 && h === name));
}

/** Why a state-changing API request (POST) is refused, or undefined when it comes from the viewer's page. */
export function crossSiteRefusal(headers: IncomingHttpHeaders, port: number): string | undefined {
  const type = (headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json') return 'kg view: send the query as application/json';
  const site = headers['sec-fetch-site'];
  if (site && site !== 'same-origin' && site !== 'none') return `kg view: cross-site request refused (${site})`;
  const origin = headers.origin;
  if (origin !== undefined) {
    let ok = false;
    try {
      const u = new URL(origin);
      ok = u.protocol === 'http:' && isAllowedHost(u.host, port);
    } catch {
      /* "null" or garbage: refused */
    }
    if (!ok) return `kg view: requests from ${origin} are refused`;
  }
  return undefined;
}
