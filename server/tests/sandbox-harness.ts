import { beginCell } from '@ton/core';
import { createSandbox, type SandboxOptions } from '../sandbox/app';
import { manualClock } from '../sandbox/clock';

export const TEST_KEY = 'osk_test_partner_key_0001';

export interface CallResult {
  status: number;
  headers: Headers;
  json: { ok: boolean; data: unknown; error_code?: string; error_message?: string };
}

/** A sandbox on a fresh in-memory database, a manual clock, and a small HTTP helper. */
export function startSandbox(options: SandboxOptions = {}) {
  const clock = manualClock(Date.parse('2026-04-16T12:00:00Z'));
  const sandbox = createSandbox({ apiKey: TEST_KEY, rateLimitPerSecond: 0, clock, ...options });
  async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<CallResult> {
    const init: RequestInit = {
      method,
      headers: {
        Authorization: `Bearer ${TEST_KEY}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    };
    const response = await sandbox.app.request(path, init);
    const text = await response.text();
    return { status: response.status, headers: response.headers, json: JSON.parse(text) };
  }
  return { sandbox, clock, call };
}

export function commentPayload(text: string): string {
  return beginCell().storeUint(0, 32).storeStringTail(text).endCell().toBoc().toString('base64');
}

export const starsBody = (extra: Record<string, unknown> = {}) => ({
  recipient_username: 'pandus',
  quantity: 100,
  payment_method: 'ton_memo',
  payment_currency: 'TON',
  ...extra,
});
