import { describe, expect, it } from 'vitest';
import { orderPageSchema, orderSchema } from '../../contract/orders';
import { starsBody, startSandbox } from './sandbox-harness';

describe('sandbox idempotency', () => {
  it('replays the original response for the same key and body, marked Idempotent-Replayed', async () => {
    const { call } = startSandbox();
    const first = await call('POST', '/api/v1/orders/stars', starsBody(), { 'Idempotency-Key': 'abc-1' });
    const again = await call('POST', '/api/v1/orders/stars', starsBody(), { 'Idempotency-Key': 'abc-1' });
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.json).toEqual(first.json);
    expect(orderPageSchema.parse((await call('GET', '/api/v1/orders')).json.data).total).toBe(1);
  });

  it('treats the same body in another key order as the same request', async () => {
    const { call } = startSandbox();
    const body = starsBody();
    const reversed = Object.fromEntries(Object.entries(body).reverse());
    const a = await call('POST', '/api/v1/orders/stars', body, { 'Idempotency-Key': 'order-k' });
    const b = await call('POST', '/api/v1/orders/stars', reversed, { 'Idempotency-Key': 'order-k' });
    expect(b.json).toEqual(a.json);
  });

  it('scopes keys to the route: the same key on /premium with another body is refused', async () => {
    const { call } = startSandbox();
    await call('POST', '/api/v1/orders/stars', starsBody(), { 'Idempotency-Key': 'shared' });
    const res = await call(
      'POST',
      '/api/v1/orders/premium',
      { recipient_username: 'pandus', months: 3 },
      { 'Idempotency-Key': 'shared' },
    );
    expect(res.json.error_code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('stores nothing for a refused create, so the same key works once the cause is fixed', async () => {
    const { call, sandbox } = startSandbox();
    const body = starsBody({ payment_method: 'balance' });
    const refused = await call('POST', '/api/v1/orders/stars', body, { 'Idempotency-Key': 'after-topup' });
    expect(refused.json.error_code).toBe('INSUFFICIENT_BALANCE');
    const { postLedger } = await import('../sandbox/ledger');
    postLedger(sandbox.deps.db, { partnerId: sandbox.demoPartner.id, type: 'adjustment', amountNano: 10_000_000_000n, now: 0 });
    const created = await call('POST', '/api/v1/orders/stars', body, { 'Idempotency-Key': 'after-topup' });
    expect(orderSchema.parse(created.json.data).status).toBe('paid');
  });

  it('50 concurrent creates with one key make exactly one order and identical responses', async () => {
    const { call } = startSandbox();
    const results = await Promise.all(
      Array.from({ length: 60 }, () => call('POST', '/api/v1/orders/stars', starsBody(), { 'Idempotency-Key': 'race-key' })),
    );
    const succeeded = results.filter((r) => r.status === 200);
    const inProgress = results.filter((r) => r.json.error_code === 'IDEMPOTENCY_IN_PROGRESS');
    expect(succeeded.length + inProgress.length).toBe(60);
    expect(new Set(succeeded.map((r) => JSON.stringify(r.json))).size).toBe(1);
    expect(orderPageSchema.parse((await call('GET', '/api/v1/orders')).json.data).total).toBe(1);
  });

  it('forgets keys after 24 hours', async () => {
    const { call, clock } = startSandbox();
    const a = orderSchema.parse(
      (await call('POST', '/api/v1/orders/stars', starsBody(), { 'Idempotency-Key': 'old' })).json.data,
    );
    clock.advance(24 * 3600 * 1000 + 1000);
    const b = orderSchema.parse(
      (await call('POST', '/api/v1/orders/stars', starsBody(), { 'Idempotency-Key': 'old' })).json.data,
    );
    expect(b.id).not.toBe(a.id);
  });
});
