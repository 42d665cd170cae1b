import { orderSchema } from '@contract';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { ApiError, ContractError, NetworkError } from './api-errors';
import { apiFetch } from './api-fetch';
import { retryDelay, shouldRetry } from './query-client';

function respond(status: number, body: unknown, headers: Record<string, string> = {}) {
  const fetchMock = vi.fn(
    async (..._args: unknown[]) =>
      new Response(typeof body === 'string' ? body : JSON.stringify(body), {
        status,
        headers: { 'Content-Type': 'application/json', ...headers },
      }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => vi.unstubAllGlobals());

describe('apiFetch', () => {
  it('unwraps {ok, data} and parses it with the schema', async () => {
    respond(200, { ok: true, data: { n: 1, extra: 'kept out' } });
    await expect(apiFetch('/api/v1/x', z.object({ n: z.number() }))).resolves.toEqual({ n: 1 });
  });

  it('sends JSON bodies same-origin with the given headers', async () => {
    const fetchMock = respond(200, { ok: true, data: {} });
    await apiFetch('/api/v1/orders/stars', z.object({}), { method: 'POST', body: { a: 1 }, headers: { 'Idempotency-Key': 'k' } });
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/api/v1/orders/stars');
    expect(init).toMatchObject({ method: 'POST', body: '{"a":1}', credentials: 'same-origin' });
    expect(init.headers).toMatchObject({ 'Content-Type': 'application/json', 'Idempotency-Key': 'k' });
  });

  it('throws ApiError with status, code, message and Retry-After for ok:false', async () => {
    respond(429, { ok: false, error_code: 'RATE_LIMITED', error_message: 'slow down', data: null }, { 'Retry-After': '3' });
    const error = await apiFetch('/api/v1/x', z.object({})).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 429, code: 'RATE_LIMITED', message: 'slow down', retryAfter: 3 });
  });

  it('throws ContractError when data does not match, or the envelope is missing', async () => {
    respond(200, { ok: true, data: { id: 'not-a-number' } });
    await expect(apiFetch('/api/v1/orders/1', orderSchema)).rejects.toBeInstanceOf(ContractError);
    respond(200, { id: 1 });
    await expect(apiFetch('/api/v1/orders/1', orderSchema)).rejects.toBeInstanceOf(ContractError);
    respond(200, '<html>');
    await expect(apiFetch('/api/v1/orders/1', orderSchema)).rejects.toBeInstanceOf(ContractError);
  });

  it('throws NetworkError when nothing comes back, and ApiError for a non-JSON 502', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(apiFetch('/api/v1/x', z.object({}))).rejects.toBeInstanceOf(NetworkError);
    respond(502, 'Bad gateway');
    await expect(apiFetch('/api/v1/x', z.object({}))).rejects.toMatchObject({ status: 502 });
  });
});

describe('retry policy', () => {
  it('retries network errors, 5xx and 429 up to three times, never other 4xx', () => {
    expect(shouldRetry(0, new NetworkError())).toBe(true);
    expect(shouldRetry(0, new ApiError(503, 'SERVICE_UNAVAILABLE', ''))).toBe(true);
    expect(shouldRetry(2, new ApiError(429, 'RATE_LIMITED', ''))).toBe(true);
    expect(shouldRetry(3, new NetworkError())).toBe(false);
    for (const status of [400, 401, 402, 404, 409, 422]) expect(shouldRetry(0, new ApiError(status, 'X', ''))).toBe(false);
    expect(shouldRetry(0, new ContractError('/x', ''))).toBe(false);
  });

  it('waits as long as Retry-After says, else backs off exponentially', () => {
    expect(retryDelay(1, new ApiError(429, 'RATE_LIMITED', '', 4))).toBe(4000);
    expect(retryDelay(1, new NetworkError())).toBe(1000);
    expect(retryDelay(10, new NetworkError())).toBe(8000);
  });
});
