/**
 * Serves the files of the built viewer (dist/) and nothing else. The request path is
 * decoded once; a path is refused when any segment is `..`, `.` or hidden (`.x`), or when
 * it holds a backslash, a NUL, a `%` left after decoding (double encoding) or a drive
 * colon; the file found must be a regular file whose real path (symbolic links followed)
 * lies inside the real root. Written by hand: static-file libraries (send, sirv) follow
 * symbolic links out of the root.
 */
import { createReadStream, realpathSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** The file under `root` that the raw request path (still percent-encoded) names, or undefined. */
export function resolveStatic(root: string, rawPath: string): string | undefined {
  if (!rawPath.startsWith('/')) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return undefined; // malformed percent-encoding
  }
  if (/[\\\0%:]/.test(decoded)) return undefined;
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s.startsWith('.'))) return undefined;
  if (segments.length === 0) segments.push('index.html');
  try {
    const realRoot = realpathSync(root);
    const file = realpathSync(join(realRoot, ...segments));
    if (!file.startsWith(realRoot + sep) || !statSync(file).isFile()) return undefined;
    return file;
  } catch {
    return undefined; // no such file
  }
}

/** Streams the file the raw request path names from `root`; returns false when there is none. */
export function serveStatic(root: string, rawPath: string, res: ServerResponse): boolean {
  const file = resolveStatic(root, rawPath);
  if (!file) return false;
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' });
  createReadStream(file).pipe(res);
  return true;
}
