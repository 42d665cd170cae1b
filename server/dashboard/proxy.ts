import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { errorBody } from '../../contract/envelope';
import { SESSION_COOKIE } from './session-routes';
import type { SessionStore } from './sessions';
import type { Upstream } from './upstream';

const FORWARD_REQUEST = ['accept', 'content-type', 'idempotency-key'];
const FORWARD_RESPONSE = ['content-type', 'retry-after', 'idempotent-replayed'];
/** The partner API reads and creates; nothing else reaches it. */
export const PROXIED_METHODS = ['GET', 'POST'];

/** The key a request acts with: its own `Authorization` (curl), else its session's, else none. */
export function requestKey(c: Context, sessions: SessionStore): { authorization?: string; fromSession: boolean } {
  const own = c.req.header('authorization');
  if (own) return { authorization: own, fromSession: false };
  const key = sessions.keyFor(getCookie(c, SESSION_COOKIE));
  return key ? { authorization: `Bearer ${key}`, fromSession: true } : { fromSession: false };
}

/**
 * Same-origin `/api/v1/*` → upstream. The session's key is added server-side; a caller's own
 * `Authorization: Bearer` is forwarded untouched (so the docs' curl examples work against localhost).
 * Cookies never travel upstream. Bodies arrive here already bounded (the app's body limit).
 */
export function proxyHandler(sessions: SessionStore, upstream: Upstream) {
  return async (c: Context) => {
    const method = c.req.method;
    if (!PROXIED_METHODS.includes(method)) {
      return c.json(errorBody('METHOD_NOT_ALLOWED', `${method} is not part of the partner API`), 405, {
        Allow: PROXIED_METHODS.join(', '),
      });
    }
    const url = new URL(c.req.url);
    const path = url.pathname.replace(/^\/api\/v1/, '') + url.search;
    const headers = new Headers();
    for (const name of FORWARD_REQUEST) {
      const value = c.req.header(name);
      if (value !== undefined) headers.set(name, value);
    }
    const key = requestKey(c, sessions);
    if (key.authorization) headers.set('authorization', key.authorization);
    else if (path !== '/health' && !path.startsWith('/health?')) {
      return c.json(errorBody('UNAUTHORIZED', 'sign in first'), 401);
    }
    const body = method === 'GET' ? undefined : await c.req.arrayBuffer();
    let response: Response;
    try {
      response = await upstream(path, { method, headers, body });
    } catch {
      return c.json(errorBody('SERVICE_UNAVAILABLE', 'the partner API could not be reached'), 503);
    }
    if (response.status === 401 && key.fromSession) sessions.destroy(getCookie(c, SESSION_COOKIE));
    const out = new Headers({ 'cache-control': 'no-store' });
    for (const name of FORWARD_RESPONSE) {
      const value = response.headers.get(name);
      if (value !== null) out.set(name, value);
    }
    return new Response(response.body, { status: response.status, headers: out });
  };
}
