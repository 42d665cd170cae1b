import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { errorBody } from '../../contract/envelope';

/**
 * The built SPA from `root` (Hono's serveStatic: streamed files, no path tricks): hashed `/assets/*`
 * cached for a year, other files revalidated, and `index.html` for every other GET that asks for a page
 * (history fallback). A missing file with an extension is a 404 in the envelope; other methods get 405.
 */
export function staticSite(root: string) {
  const app = new Hono();
  const indexFile = join(root, 'index.html');
  // Build metadata (Vite's manifest in `.vite/`) and other dotfiles are not part of the site.
  app.use(async (c, next) => {
    if (/\/\./.test(c.req.path)) return c.json(errorBody('NOT_FOUND', `no route ${c.req.method} ${c.req.path}`), 404);
    await next();
  });
  const files = serveStatic({
    root,
    index: '',
    onFound: (path, c) => {
      c.header('Cache-Control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  // A path ending in `/` names a directory (serveStatic would try to read it as a file): it is a page.
  app.use((c, next) => (c.req.path.endsWith('/') ? next() : files(c, next)));
  app.on(['GET', 'HEAD'], '*', (c) => {
    if (extname(c.req.path) !== '' || !existsSync(indexFile)) {
      return c.json(errorBody('NOT_FOUND', `no route ${c.req.method} ${c.req.path}`), 404);
    }
    return c.html(readFileSync(indexFile, 'utf8'), 200, { 'Cache-Control': 'no-cache' });
  });
  app.all('*', (c) =>
    c.json(errorBody('METHOD_NOT_ALLOWED', `${c.req.method} is not allowed here`), 405, { Allow: 'GET, HEAD' }),
  );
  return app;
}
