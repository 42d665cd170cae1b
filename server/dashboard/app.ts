import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { errorBody } from '../../contract/envelope';
import { ApiProblem, problemResponse } from '../lib/problem';
import { loadActor, type WorkspaceEnv } from '../workspace/access';
import type { BulkWorker } from '../workspace/bulk/worker';
import { workspaceRoutes } from '../workspace/routes';
import { createWorkspace, type Workspace } from '../workspace/workspace';
import { clientAddress, viaHttps } from './client-address';
import { ordersFirstRender } from './first-render';
import { hostGuard, knownOrigins, wellFormedPath } from './origins';
import { proxyHandler, sandboxHandler } from './proxy';
import { contentSecurityPolicy, sameOriginForUnsafe, securityHeaders } from './security';
import { staticSite } from './static';
import type { Upstream } from './upstream';
import { bridgeOrigins } from './wallet-bridges';

export interface DashboardOptions {
  upstream: Upstream;
  mode: 'sandbox' | 'upstream';
  demoKey?: string;
  /** The sandbox's own app, for its `/sandbox/*` routes (simulated chain); sandbox mode only. */
  sandboxApp?: { fetch: (request: Request) => Response | Promise<Response> };
  staticDir?: string;
  /** Where the server listens; with `publicUrl`, the only hosts and origins it answers for. */
  listen?: { host: string; port: number };
  publicUrl?: string;
  /** Proxy addresses whose X-Forwarded-For / X-Forwarded-Proto are believed. */
  trustProxy?: readonly string[];
  /** How long the orders page's first render waits for the upstream before sending the plain shell. */
  firstRenderTimeoutMs?: number;
  /** People, sessions, the sealed key and the audit log; by default a fresh in-memory workspace. */
  workspace?: Workspace;
  /** Creates bulk jobs' orders (main starts and stops it); without one, jobs wait for a worker elsewhere. */
  bulkWorker?: BulkWorker;
  log?: (line: string) => void;
}

const MAX_API_BODY = 1024 * 1024;
/** A bulk job of 10,000 rows at their longest (32-character names, 128-character references in 3-byte UTF-8) is ~5 MB. */
const MAX_BULK_BODY = 6 * 1024 * 1024;

/**
 * The dashboard server: known hosts only, security headers, CSRF guard, sessions, the `/api/v1` proxy, the
 * sandbox's chain routes in sandbox mode, and the SPA. Logs are one line per request: method, path,
 * status, time — never headers, bodies or query strings.
 */
export function createDashboardApp(options: DashboardOptions) {
  const log = options.log ?? ((line: string) => console.log(line));
  const workspace =
    options.workspace ?? createWorkspace({ storage: { kind: 'sqlite', file: ':memory:' }, secretKey: randomBytes(32) });
  const known = knownOrigins(options.listen ?? { host: '127.0.0.1', port: 3000 }, options.publicUrl);
  const trusted = new Set(options.trustProxy ?? []);
  const https = (c: Parameters<typeof viaHttps>[0]) => viaHttps(c, trusted);
  const staticDir = resolve(options.staticDir ?? 'dist');
  const csp = (hashes: readonly string[] = []) => contentSecurityPolicy(bridgeOrigins(staticDir), hashes);
  const app = new Hono<WorkspaceEnv>();
  const address = (c: Parameters<typeof clientAddress>[0]) => clientAddress(c, trusted);

  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    log(`${c.req.method} ${c.req.path} ${c.res.status} ${(performance.now() - started).toFixed(1)}ms`);
  });
  app.onError((error, c) => {
    if (error instanceof ApiProblem) return problemResponse(c, error);
    log(`error ${c.req.method} ${c.req.path}: ${error instanceof Error ? error.name : 'unknown'}`);
    return c.json(errorBody('INTERNAL_ERROR', 'internal error'), 500);
  });
  app.use(async (_c, next) => {
    await workspace.ready; // migrations done before the first answer
    await next();
  });
  app.use(...securityHeaders(csp(), https));
  app.use(hostGuard(known));
  app.use(wellFormedPath);
  app.use(sameOriginForUnsafe(known.origins));
  // Answers about sessions and partner data are never stored by a browser or a shared cache.
  for (const path of ['/session', '/session/*', '/workspace/*', '/api/*', '/sandbox/*']) {
    app.use(path, async (c, next) => {
      await next();
      c.header('Cache-Control', 'no-store');
    });
  }
  // The member behind the cookie, looked up once, only where it matters (never for static files).
  for (const path of ['/session', '/workspace/*', '/api/*', '/sandbox/*', '/orders']) app.use(path, loadActor(workspace));
  const tooLarge = () => {
    throw new ApiProblem('PAYLOAD_TOO_LARGE', `request body must be at most ${MAX_API_BODY / 1024} KB`);
  };
  app.use('/api/*', bodyLimit({ maxSize: MAX_API_BODY, onError: tooLarge }));
  app.use('/sandbox/*', bodyLimit({ maxSize: 64 * 1024, onError: tooLarge }));
  app.use('/session', bodyLimit({ maxSize: 16 * 1024, onError: tooLarge }));
  const workspaceBody = bodyLimit({ maxSize: 64 * 1024, onError: tooLarge });
  const bulkBody = bodyLimit({ maxSize: MAX_BULK_BODY, onError: tooLarge });
  app.use('/workspace/*', (c, next) => (c.req.path === '/workspace/bulk/jobs' ? bulkBody : workspaceBody)(c, next));

  app.route(
    '/',
    workspaceRoutes({
      workspace,
      upstream: options.upstream,
      mode: options.mode,
      demoKey: options.demoKey,
      cookies: { address, secure: https },
      bulk: options.bulkWorker,
    }),
  );
  app.all('/session/*', (c) => c.json(errorBody('NOT_FOUND', `no route ${c.req.method} ${c.req.path}`), 404));
  app.all('/workspace/*', (c) => c.json(errorBody('NOT_FOUND', `no route ${c.req.method} ${c.req.path}`), 404));
  app.all('/api/v1/*', proxyHandler(options.upstream, workspace, address));
  app.all('/api/*', (c) => c.json(errorBody('NOT_FOUND', `no route ${c.req.method} ${c.req.path}`), 404));
  const sandboxApp = options.sandboxApp;
  if (sandboxApp) app.all('/sandbox/*', sandboxHandler(sandboxApp));

  const firstRender = ordersFirstRender({
    staticDir,
    workspace,
    upstream: options.upstream,
    demoKey: options.demoKey,
    mode: options.mode,
    log,
    csp,
    timeoutMs: options.firstRenderTimeoutMs,
  });
  app.get('/orders', async (c, next) => (await firstRender(c)) ?? next());
  app.route('/', staticSite(staticDir));
  return app;
}
