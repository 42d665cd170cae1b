import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { orderPageSchema } from '../../contract/orders';
import { AppProviders } from '../../src/app/app-providers';
import { AppRoutes } from '../../src/app/app-routes';
import { PRELOAD_ID, type Preload, seedQueryClient } from '../../src/app/preload';
import { parseListParams, toApiQuery, toSearch } from '../../src/features/orders/list-params';
import { createQueryClient } from '../../src/lib/query-client';
import { SESSION_COOKIE } from './session-routes';
import type { SessionStore } from './sessions';
import type { Upstream } from './upstream';

/** JSON that is safe inside a <script> block (no `</script>` or HTML comment can be formed). */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * Server-side first render of the orders list for a signed-in partner: the rows arrive with the HTML
 * (no JavaScript, session check or API round trip before they show), and the browser hydrates the same
 * tree from the JSON preload. Anything unexpected falls back to the plain SPA shell.
 */
export function ordersFirstRender(options: {
  staticDir: string;
  sessions: SessionStore;
  upstream: Upstream;
  mode: 'sandbox' | 'upstream';
}) {
  const indexFile = join(options.staticDir, 'index.html');
  let template: string | null = null;
  return async (c: Context): Promise<Response | undefined> => {
    const apiKey = options.sessions.keyFor(getCookie(c, SESSION_COOKIE));
    if (!apiKey || !existsSync(indexFile)) return undefined;
    template ??= readFileSync(indexFile, 'utf8');
    const url = new URL(c.req.url);
    const params = parseListParams(url.searchParams);
    const preload: Preload = { session: { authenticated: true, mode: options.mode } };
    if (!params.q) {
      const response = await options.upstream(`/orders?${toApiQuery(params)}`, {
        headers: { Authorization: `Bearer ${apiKey}`, Accept: 'application/json' },
      });
      if (!response.ok) return undefined;
      const body = (await response.json()) as { data?: unknown };
      const page = orderPageSchema.safeParse(body.data);
      if (!page.success) return undefined;
      preload.orders = { search: toSearch(params).toString(), page: page.data };
    }
    const queryClient = createQueryClient(() => {});
    seedQueryClient(queryClient, preload);
    const html = renderToString(
      <AppProviders queryClient={queryClient}>
        <StaticRouter location={url.pathname + url.search}>
          <AppRoutes />
        </StaticRouter>
      </AppProviders>,
    );
    queryClient.clear();
    const page = template.replace(
      '<div id="root"></div>',
      `<div id="root">${html}</div><script type="application/json" id="${PRELOAD_ID}">${scriptSafeJson(preload)}</script>`,
    );
    return c.body(page, 200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  };
}
