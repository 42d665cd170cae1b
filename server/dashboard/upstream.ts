import { deadline } from '../lib/deadline';

/** Where partner API calls go: the embedded sandbox (in process) or a real base URL. */
export type Upstream = (path: string, init: RequestInit) => Promise<Response>;

export function remoteUpstream(baseUrl: string, fetchImpl: typeof fetch = fetch): Upstream {
  const base = baseUrl.replace(/\/+$/, '');
  return (path, init) => fetchImpl(`${base}${path}`, { ...init, signal: deadline(20_000, init.signal) });
}

/** `path` is relative to `/api/v1`; the sandbox app is mounted at the origin root. */
export function inProcessUpstream(app: { fetch: (request: Request) => Response | Promise<Response> }): Upstream {
  return async (path, init) => app.fetch(new Request(`http://sandbox.internal/api/v1${path}`, init));
}
