import { vi } from 'vitest';

export interface FakeCall {
  method: string;
  url: string;
  body: unknown;
  headers: Record<string, string>;
}

type Answer = { status?: number; data?: unknown; error?: [string, string]; headers?: Record<string, string> };
type Handler = (call: FakeCall) => Answer | Promise<never>;

/**
 * A fetch stand-in for component tests: routes by "METHOD /path" prefix and answers in the API's
 * envelope. (End-to-end tests use the real server; this is only for isolating components.)
 */
export function fakeApi(routes: Record<string, Handler>) {
  const calls: FakeCall[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    const method = init.method ?? 'GET';
    const call: FakeCall = {
      method,
      url,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
      headers: { ...(init.headers as Record<string, string>) },
    };
    calls.push(call);
    const entry = Object.entries(routes)
      .filter(([route]) => `${method} ${url}`.startsWith(route))
      .sort(([a], [b]) => b.length - a.length)[0];
    if (!entry) throw new Error(`no fake route for ${method} ${url}`);
    const answer = await entry[1](call);
    const status = answer.status ?? (answer.error ? 400 : 200);
    const body = answer.error
      ? { ok: false, error_code: answer.error[0], error_message: answer.error[1], data: null }
      : { ok: true, data: answer.data };
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...answer.headers } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls, fetchMock };
}
