/** Where partner API calls go: the embedded sandbox (in process) or a real base URL. */
export type Upstream = (path: string, init: RequestInit) => Promise<Response>;

export function remoteUpstream(baseUrl: string, fetchImpl: typeof fetch = fetch): Upstream {
  const base = baseUrl.replace(/\/+$/, '');
  return (path, init) => {
    const timeout = AbortSignal.timeout(20_000);
    return fetchImpl(`${base}${path}`, { ...init, signal: init.signal ? AbortSignal.any([init.signal, timeout]) : timeout });
  };
}

/** `path` is relative to `/api/v1`; the sandbox app is mounted at the origin root. */
export function inProcessUpstream(app: { fetch: (request: Request) => Response | Promise<Response> }): Upstream {
  return async (path, init) => app.fetch(new Request(`http://sandbox.internal/api/v1${path}`, init));
}
