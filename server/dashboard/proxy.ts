import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { errorBody } from '../../contract/envelope';
import { SESSION_COOKIE } from './session-routes';
import type { SessionStore } from './sessions';
import type { Upstream } from './upstream';

const FORWARD_REQUEST = ['accept', 'content-type', 'idempotency-key'];
const FORWARD_RESPONSE = ['content-type', 'retry-after', 'idempotent-replayed'];

/**
 * Same-origin `/api/v1/*` → upstream. The session's key is added server-side; a caller's own
 * `Authorization: Bearer` is forwarded untouched (so the docs' curl examples work against localhost).
 * Cookies never travel upstream.
 */
export function proxyHandler(sessions: SessionStore, upstream: Upstream) {
  return async (c: Context) => {
    const url = new URL(c.req.url);
    const path = url.pathname.replace(/^\/api\/v1/, '') + url.search;
    const headers = new Headers();
    for (const name of FORWARD_REQUEST) {
      const value = c.req.header(name);
      if (value !== undefined) headers.set(name, value);
    }
    const own = c.req.header('authorization');
    const sessionId = getCookie(c, SESSION_COOKIE);
    const sessionKey = own ? undefined : sessions.keyFor(sessionId);
    if (own) headers.set('authorization', own);
    else if (sessionKey) headers.set('authorization', `Bearer ${sessionKey}`);
    else if (path !== '/health' && !path.startsWith('/health?')) {
      return c.json(errorBody('UNAUTHORIZED', 'sign in first'), 401);
    }
    const method = c.req.method;
    const body = method === 'GET' || method === 'HEAD' ? undefined : await c.req.arrayBuffer();
    let response: Response;
    try {
      response = await upstream(path, { method, headers, body });
    } catch {
      return c.json(errorBody('SERVICE_UNAVAILABLE', 'the partner API could not be reached'), 503);
    }
    if (response.status === 401 && sessionKey) sessions.destroy(sessionId);
    const out = new Headers({ 'cache-control': 'no-store' });
    for (const name of FORWARD_RESPONSE) {
      const value = response.headers.get(name);
      if (value !== null) out.set(name, value);
    }
    return new Response(response.body, { status: response.status, headers: out });
  };
}
