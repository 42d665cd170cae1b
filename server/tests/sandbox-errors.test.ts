import { describe, expect, it } from 'vitest';
import { errorEnvelopeSchema } from '../../contract/envelope';
import { MAX_BODY_BYTES } from '../lib/request-body';
import { starsBody, startSandbox, TEST_KEY } from './sandbox-harness';

describe('sandbox error codes', () => {
  it('UNAUTHORIZED without a key or with an unknown key', async () => {
    const { sandbox } = startSandbox();
    const attempts: Record<string, string>[] = [{}, { Authorization: 'Bearer osk_nope_nope_nope' }, { Authorization: TEST_KEY }];
    for (const headers of attempts) {
      const res = await sandbox.app.request('/api/v1/balance', { headers });
      expect(res.status).toBe(401);
      expect(errorEnvelopeSchema.parse(await res.json()).error_code).toBe('UNAUTHORIZED');
    }
  });

  it('VALIDATION_ERROR names the field and the rule, as the source example', async () => {
    const { call } = startSandbox();
    const res = await call('POST', '/api/v1/orders/stars', starsBody({ quantity: 10 }));
    expect(res.status).toBe(400);
    expect(res.json).toEqual({
      ok: false,
      error_code: 'VALIDATION_ERROR',
      error_message: 'quantity must be between 50 and 10000',
      data: null,
    });
  });

  it('INVALID_JSON for a malformed body or a non-JSON content type', async () => {
    const { call } = startSandbox();
    const bad = await call('POST', '/api/v1/orders/stars', '{"quantity": 10', { 'Content-Type': 'application/json' });
    expect([bad.status, bad.json.error_code]).toEqual([400, 'INVALID_JSON']);
    const form = await call('POST', '/api/v1/orders/stars', 'quantity=10', {
      'Content-Type': 'application/x-www-form-urlencoded',
    });
    expect([form.status, form.json.error_code]).toEqual([400, 'INVALID_JSON']);
  });

  it('INSUFFICIENT_BALANCE (402) when paying from an empty balance; nothing is created', async () => {
    const { call } = startSandbox();
    const res = await call('POST', '/api/v1/orders/stars', starsBody({ payment_method: 'balance' }));
    expect([res.status, res.json.error_code]).toEqual([402, 'INSUFFICIENT_BALANCE']);
    expect(((await call('GET', '/api/v1/orders')).json.data as { total: number }).total).toBe(0);
  });

  it('NOT_FOUND for unknown ids, memos and routes', async () => {
    const { call } = startSandbox();
    for (const path of ['/api/v1/orders/424242', '/api/v1/orders/by-memo/STARS-000000', '/api/v1/nope', '/nope']) {
      const res = await call('GET', path);
      expect([res.status, res.json.error_code, res.json.data]).toEqual([404, 'NOT_FOUND', null]);
    }
  });

  it('ORDER_NOT_CANCELLABLE (409) once an order has expired', async () => {
    const { call, clock } = startSandbox();
    const order = (await call('POST', '/api/v1/orders/stars', starsBody())).json.data as { id: number };
    clock.advance(15 * 60 * 1000);
    const res = await call('POST', `/api/v1/orders/${order.id}/cancel`);
    expect([res.status, res.json.error_code]).toEqual([409, 'ORDER_NOT_CANCELLABLE']);
    expect(res.json.error_message).toContain('expired');
  });

  it('IDEMPOTENCY_KEY_REUSED (422) for the same key with another body', async () => {
    const { call } = startSandbox();
    await call('POST', '/api/v1/orders/stars', starsBody(), { 'Idempotency-Key': 'k1' });
    const res = await call('POST', '/api/v1/orders/stars', starsBody({ quantity: 101 }), { 'Idempotency-Key': 'k1' });
    expect([res.status, res.json.error_code]).toEqual([422, 'IDEMPOTENCY_KEY_REUSED']);
  });

  it('RECIPIENT_UNAVAILABLE (422) for reserved usernames', async () => {
    const { call } = startSandbox();
    const stars = await call('POST', '/api/v1/orders/stars', starsBody({ recipient_username: 'nouser_x1' }));
    expect([stars.status, stars.json.error_code]).toEqual([422, 'RECIPIENT_UNAVAILABLE']);
    const premium = await call('POST', '/api/v1/orders/premium', { recipient_username: 'premium_x1', months: 3 });
    expect([premium.status, premium.json.error_code]).toEqual([422, 'RECIPIENT_UNAVAILABLE']);
    expect(premium.json.error_message).toContain('already has Telegram Premium');
  });

  it('RATE_LIMITED (429) with Retry-After past the burst, per key', async () => {
    const { call } = startSandbox({ rateLimitPerSecond: 2 });
    const statuses: number[] = [];
    let last = await call('GET', '/api/v1/balance');
    for (let i = 0; i < 11; i += 1) {
      last = await call('GET', '/api/v1/balance');
      statuses.push(last.status);
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(9);
    expect(last.status).toBe(429);
    expect(last.json.error_code).toBe('RATE_LIMITED');
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });

  it('INTERNAL_ERROR (500) envelope when the sandbox itself breaks, without leaking details', async () => {
    const errors: unknown[] = [];
    const { call, sandbox } = startSandbox({ onError: (e) => errors.push(e) });
    sandbox.deps.db.exec('DROP TABLE balance_transactions');
    const res = await call('GET', '/api/v1/balance/transactions');
    expect(res.status).toBe(500);
    expect(res.json).toEqual({ ok: false, error_code: 'INTERNAL_ERROR', error_message: 'internal error', data: null });
    expect(errors).toHaveLength(1);
  });
});

describe('bad-input sweep: every refusal is a 4xx envelope, never a 5xx', () => {
  const huge = 'x'.repeat(100_000);
  const bodies: unknown[] = [
    {},
    { quantity: 100 },
    starsBody({ quantity: '100' }),
    starsBody({ quantity: 100.5 }),
    starsBody({ quantity: 10001 }),
    starsBody({ quantity: null }),
    starsBody({ quantity: -1 }),
    starsBody({ quantity: 1e308 }),
    starsBody({ recipient_username: 42 }),
    starsBody({ recipient_username: 'ab' }),
    starsBody({ recipient_username: 'has space' }),
    starsBody({ recipient_username: huge }),
    starsBody({ client_reference: huge.slice(0, 129) }),
    starsBody({ client_reference: 5 }),
    starsBody({ payment_method: 'card' }),
    starsBody({ payment_currency: 'USD' }),
    starsBody({ extra_field: true }),
    [],
    'just a string',
    42,
    null,
  ];
  const raw = ['', '{', '{"a":', 'nul', `{"recipient_username":"${huge}"}`, huge];

  it('refuses wrong types, missing fields and huge values on create', async () => {
    const { call } = startSandbox();
    for (const body of bodies) {
      const res = await call('POST', '/api/v1/orders/stars', JSON.stringify(body), { 'Content-Type': 'application/json' });
      // Past the body limit the body is refused unread (413), anything else is a 400.
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(JSON.stringify(body).length > MAX_BODY_BYTES ? 413 : 400);
      expect(errorEnvelopeSchema.parse(res.json).error_message.length).toBeGreaterThan(0);
    }
    for (const text of raw) {
      const res = await call('POST', '/api/v1/orders/premium', text, { 'Content-Type': 'application/json' });
      expect(res.status, text.slice(0, 40)).toBe(text.length > MAX_BODY_BYTES ? 413 : 400);
      expect(['INVALID_JSON', 'VALIDATION_ERROR', 'PAYLOAD_TOO_LARGE']).toContain(res.json.error_code);
    }
    expect(((await call('GET', '/api/v1/orders')).json.data as { total: number }).total).toBe(0);
  });

  it('refuses malformed query and path values', async () => {
    const { call } = startSandbox();
    const paths = [
      '/api/v1/orders?limit=0',
      '/api/v1/orders?limit=abc',
      '/api/v1/orders?offset=-1',
      '/api/v1/orders?status=bogus',
      '/api/v1/orders?order_type=gold',
      '/api/v1/orders?created_from=yesterday',
      `/api/v1/orders?recipient=${huge.slice(0, 100)}`,
      '/api/v1/orders/abc',
      '/api/v1/orders/-1',
      '/api/v1/orders/0/cancel',
      '/api/v1/pricing/estimate/stars',
      '/api/v1/pricing/estimate/stars?quantity=12abc',
      '/api/v1/pricing/estimate/premium?months=5',
      '/api/v1/recipients/stars',
      '/api/v1/recipients/stars?username=a',
      '/api/v1/orders/stats/summary?from=2026-05-01&to=2026-04-01',
      '/api/v1/orders/stats/summary?from=2020-01-01&to=2026-01-01',
      `/api/v1/orders/by-reference/${huge.slice(0, 200)}`,
      '/api/v1/balance/transactions?type=gift',
    ];
    for (const path of paths) {
      const method = path.endsWith('/cancel') ? 'POST' : 'GET';
      const res = await call(method, path);
      expect(res.status, path.slice(0, 80)).toBe(400);
      expect(res.json.error_code).toBe('VALIDATION_ERROR');
    }
  });

  it('refuses a malformed Idempotency-Key', async () => {
    const { call } = startSandbox();
    const res = await call('POST', '/api/v1/orders/stars', starsBody(), { 'Idempotency-Key': 'k'.repeat(256) });
    expect([res.status, res.json.error_code]).toEqual([400, 'VALIDATION_ERROR']);
  });
});
