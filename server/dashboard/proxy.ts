import type { Context } from 'hono';
import { errorBody } from '../../contract/envelope';
import { ApiProblem } from '../lib/problem';
import { type Actor, actorWith, type WorkspaceEnv } from '../workspace/access';
import { partnerApiPermission, sandboxPermission } from '../workspace/proxy-permissions';
import type { Workspace } from '../workspace/workspace';
import { recordOrderWrite } from './order-writes';
import type { Upstream } from './upstream';

const FORWARD_REQUEST = ['accept', 'content-type', 'idempotency-key'];
const FORWARD_RESPONSE = ['content-type', 'retry-after', 'idempotent-replayed'];
/** The partner API reads and creates; nothing else reaches it. */
export const PROXIED_METHODS = ['GET', 'POST'];

/**
 * The key a request acts with: its own `Authorization` (curl with the partner key: no roles apply), else
 * the workspace's key for a signed-in member whose role allows `permission` (401/403 otherwise).
 */
export function requestKey(
  c: Context<WorkspaceEnv>,
  permission: Parameters<typeof actorWith>[1],
): { authorization: string; actor?: Actor } {
  const own = c.req.header('authorization');
  if (own) return { authorization: own };
  const actor = actorWith(c, permission);
  if (!actor.apiKey) throw new ApiProblem('SETUP_REQUIRED', 'this workspace has no partner key yet');
  return { authorization: `Bearer ${actor.apiKey}`, actor };
}

/**
 * Same-origin `/api/v1/*` → upstream. A member's request gets the workspace's key server-side, after their
 * role is checked for that method and path; a caller's own `Authorization: Bearer` is forwarded untouched
 * (so the docs' curl examples work against localhost). Cookies never travel upstream. Bodies arrive here
 * already bounded (the app's body limit). Creates and cancels by members are written to the audit log.
 */
export function proxyHandler(upstream: Upstream, workspace: Workspace, address: (c: Context) => string) {
  return async (c: Context<WorkspaceEnv>) => {
    const method = c.req.method;
    if (!PROXIED_METHODS.includes(method)) {
      return c.json(errorBody('METHOD_NOT_ALLOWED', `${method} is not part of the partner API`), 405, {
        Allow: PROXIED_METHODS.join(', '),
      });
    }
    const url = new URL(c.req.url);
    const pathname = url.pathname.replace(/^\/api\/v1/, '');
    const headers = new Headers();
    for (const name of FORWARD_REQUEST) {
      const value = c.req.header(name);
      if (value !== undefined) headers.set(name, value);
    }
    const health = method === 'GET' && pathname === '/health';
    // An unknown write needs the strongest partner-API permission before the upstream says it does not exist.
    const key =
      health && !c.req.header('authorization')
        ? undefined
        : requestKey(c, partnerApiPermission(method, pathname) ?? 'orders.create');
    if (key) headers.set('authorization', key.authorization);
    const body = method === 'GET' ? undefined : await c.req.arrayBuffer();
    let response: Response;
    try {
      response = await upstream(pathname + url.search, { method, headers, body });
    } catch {
      return c.json(errorBody('SERVICE_UNAVAILABLE', 'the partner API could not be reached'), 503);
    }
    if (key?.actor && response.status === 401) {
      // The workspace's key was refused: signing the member out would not help; the owner must replace it.
      return c.json(
        errorBody('SERVICE_UNAVAILABLE', 'the partner API refused the workspace key; the owner must replace it'),
        503,
      );
    }
    const out = new Headers({ 'cache-control': 'no-store' });
    for (const name of FORWARD_RESPONSE) {
      const value = response.headers.get(name);
      if (value !== null) out.set(name, value);
    }
    if (key?.actor && method === 'POST' && response.ok) {
      const text = await response.text();
      await recordOrderWrite(workspace, {
        actor: key.actor,
        path: pathname,
        body: text,
        address: address(c),
        headers,
        replayed: out,
      });
      return new Response(text, { status: response.status, headers: out });
    }
    return new Response(await passOn(response), { status: response.status, headers: out });
  };
}

/** Answers up to this size are read whole before they are sent on. */
const READ_WHOLE_BELOW = 1024 * 1024;

/**
 * The partner API's answers are small (a page holds at most 100 orders): read whole, they go out in one
 * write, which keeps the proxy's p95 steadier than piping a web stream chunk by chunk (bench:api, list page:
 * p95 added 0.44–0.63 ms read whole against 0.55–1.21 ms piped). An answer that says it is larger streams.
 */
async function passOn(response: Response): Promise<ArrayBuffer | ReadableStream<Uint8Array> | null> {
  const length = Number(response.headers.get('content-length') ?? 0);
  return length > READ_WHOLE_BELOW ? response.body : response.arrayBuffer();
}

/**
 * `/sandbox/*` (the simulated chain) acts for the member's workspace if their role may pay, or for a
 * caller's own key. Like the real chain, it also takes an anonymous transfer (the sandbox decides what that
 * may see or do).
 */
export function sandboxHandler(sandboxApp: { fetch: (request: Request) => Response | Promise<Response> }) {
  return (c: Context<WorkspaceEnv>) => {
    const request = new Request(c.req.raw);
    request.headers.delete('cookie');
    if (c.req.header('authorization') || c.get('actor')) {
      request.headers.set('authorization', requestKey(c, sandboxPermission(c.req.method)).authorization);
    }
    return sandboxApp.fetch(request);
  };
}
