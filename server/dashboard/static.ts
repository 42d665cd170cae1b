import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { Context } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serves the built SPA from `root`: real files first (hashed `/assets/*` cached for a year), and
 * `index.html` for every other GET that asks for a page (history fallback).
 */
export function staticHandler(root: string) {
  const indexFile = join(root, 'index.html');
  return (c: Context) => {
    const method = c.req.method;
    if (method !== 'GET' && method !== 'HEAD') return undefined;
    const path = decodeURIComponent(new URL(c.req.url).pathname);
    const file = normalize(join(root, path));
    if (file.startsWith(root + sep) && existsSync(file) && statSync(file).isFile()) {
      const immutable = path.startsWith('/assets/');
      return c.body(readFileSync(file), 200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
    }
    if (extname(path) !== '' || !existsSync(indexFile)) return undefined;
    return c.body(readFileSync(indexFile), 200, { 'content-type': TYPES['.html'] ?? 'text/html', 'cache-control': 'no-cache' });
  };
}
