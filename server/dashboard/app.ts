import { resolve } from 'node:path';
import { Hono } from 'hono';
import { errorBody } from '../../contract/envelope';
import { ApiProblem, problemResponse } from '../lib/problem';
import { ordersFirstRender } from './first-render';
import { proxyHandler } from './proxy';
import { sameOriginForUnsafe, securityHeaders } from './security';
import { sessionRoutes } from './session-routes';
import { createSessionStore } from './sessions';
import { staticHandler } from './static';
import type { Upstream } from './upstream';

export interface DashboardOptions {
  upstream: Upstream;
  mode: 'sandbox' | 'upstream';
  demoKey?: string;
  /** The sandbox's own app, for its `/sandbox/*` routes (simulated chain); sandbox mode only. */
  sandboxApp?: { fetch: (request: Request) => Response | Promise<Response> };
  staticDir?: string;
  /** How long the orders page's first render waits for the upstream before sending the plain shell. */
  firstRenderTimeoutMs?: number;
  signInPerMinute?: number;
  log?: (line: string) => void;
}

/**
 * The dashboard server: security headers, CSRF guard, sessions, the `/api/v1` proxy, the sandbox's
 * chain routes in sandbox mode, and the SPA. Logs are one line per request: method, path, status, time —
 * never headers, bodies or query strings.
 */
export function createDashboardApp(options: DashboardOptions) {
  const log = options.log ?? ((line: string) => console.log(line));
  const sessions = createSessionStore();
  const app = new Hono();

  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    log(`${c.req.method} ${c.req.path} ${c.res.status} ${(performance.now() - started).toFixed(1)}ms`);
  });
  app.use(securityHeaders);
  app.use(sameOriginForUnsafe);
  app.onError((error, c) => {
    if (error instanceof ApiProblem) return problemResponse(c, error);
    log(`error ${c.req.method} ${c.req.path}: ${error instanceof Error ? error.name : 'unknown'}`);
    return c.json(errorBody('INTERNAL_ERROR', 'internal error'), 500);
  });

  app.route(
    '/session',
    sessionRoutes({
      sessions,
      upstream: options.upstream,
      mode: options.mode,
      demoKey: options.demoKey,
      signInPerMinute: options.signInPerMinute,
      clientAddress: (c) => c.req.header('x-forwarded-for')?.split(',')[0]?.trim() ?? 'local',
    }),
  );
  app.all('/api/v1/*', proxyHandler(sessions, options.upstream));
  app.all('/api/*', (c) => c.json(errorBody('NOT_FOUND', `no route ${c.req.method} ${c.req.path}`), 404));
  const sandboxApp = options.sandboxApp;
  if (sandboxApp) app.all('/sandbox/*', (c) => sandboxApp.fetch(c.req.raw));

  const staticDir = resolve(options.staticDir ?? 'dist');
  const firstRender = ordersFirstRender({
    staticDir,
    sessions,
    upstream: options.upstream,
    mode: options.mode,
    log,
    timeoutMs: options.firstRenderTimeoutMs,
  });
  app.get('/orders', async (c, next) => firstRender(c) ?? next());
  const serve = staticHandler(staticDir);
  app.all('*', (c) => serve(c) ?? c.json(errorBody('NOT_FOUND', `no route ${c.req.method} ${c.req.path}`), 404));
  return app;
}
