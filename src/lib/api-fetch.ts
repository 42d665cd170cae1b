import { errorEnvelopeSchema, okEnvelopeSchema } from '@contract';
import type * as z from 'zod/mini';
import { ApiError, ContractError, NetworkError } from './api-errors';

export interface ApiFetchInit {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Where the request goes; the browser's own fetch unless the server's first render brings its upstream. */
  fetch?: (path: string, init: RequestInit) => Promise<Response>;
}

function retryAfterSeconds(response: Response): number | undefined {
  const raw = response.headers.get('retry-after');
  if (raw === null) return undefined;
  const seconds = Number(raw);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

/**
 * The browser's only door to the server: same-origin, JSON, cookies for the session. Unwraps the
 * `{ok, data}` envelope and parses `data` with `schema`; throws ApiError for `ok:false`, NetworkError
 * when nothing came back, ContractError when the answer does not match the contract. No toasts, no
 * redirects: callers and the QueryClient decide what to do.
 */
export async function apiFetch<S extends z.ZodMiniType>(path: string, schema: S, init: ApiFetchInit = {}): Promise<z.output<S>> {
  const headers: Record<string, string> = { Accept: 'application/json', ...init.headers };
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await (init.fetch ?? fetch)(path, {
      method: init.method ?? 'GET',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      credentials: 'same-origin',
      signal: init.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new NetworkError();
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    if (response.status >= 500)
      throw new ApiError(response.status, 'SERVICE_UNAVAILABLE', `The server answered ${response.status}.`);
    throw new ContractError(path, `HTTP ${response.status} with a body that is not JSON`);
  }
  const failure = errorEnvelopeSchema.safeParse(json);
  if (failure.success) {
    throw new ApiError(response.status, failure.data.error_code, failure.data.error_message, retryAfterSeconds(response));
  }
  const envelope = okEnvelopeSchema.safeParse(json);
  if (!envelope.success) throw new ContractError(path, `HTTP ${response.status} without the {ok, data} envelope`);
  const data = schema.safeParse(envelope.data.data);
  if (!data.success) {
    throw new ContractError(path, data.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  }
  return data.data;
}
