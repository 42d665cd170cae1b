import { describe, expect, it } from 'vitest';
import { orderListSchema, orderPageSchema, orderSchema } from '../../contract/orders';
import { starsBody, startSandbox } from './sandbox-harness';

describe('sandbox orders', () => {
  it('creates a Stars order exactly like the source example (0.418 TON, memo, 15 min TTL)', async () => {
    const { call } = startSandbox();
    const res = await call(
      'POST',
      '/api/v1/orders/stars',
      starsBody({ recipient_username: '@pandus', client_reference: 'invoice-42' }),
    );
    expect(res.status).toBe(200);
    const order = orderSchema.parse(res.json.data);
    expect(order).toMatchObject({
      status: 'pending_payment',
      order_type: 'stars',
      stars_amount: 100,
      recipient_username: 'pandus',
      price_ton: 0.418,
      client_reference: 'invoice-42',
      created_at: '2026-04-16T12:00:00Z',
      expires_at: '2026-04-16T12:15:00Z',
    });
    expect(order.payment_memo).toMatch(/^STARS-[0-9a-f]{10}$/);
    expect(order.payment_address).toMatch(/^UQ[A-Za-z0-9_-]{46}$/);
  });

  it('creates Premium orders for 3, 6 and 12 months with PREM memos', async () => {
    const { call } = startSandbox();
    for (const months of [3, 6, 12]) {
      const res = await call('POST', '/api/v1/orders/premium', {
        recipient_username: 'someone',
        months,
        payment_method: 'ton_memo',
      });
      const order = orderSchema.parse(res.json.data);
      expect(order).toMatchObject({ order_type: 'premium', premium_months: months, stars_amount: null });
      expect(order.payment_memo).toMatch(/^PREM-/);
    }
  });

  it('gets an order by id, by memo and by reference; another partner sees 404', async () => {
    const { call, sandbox } = startSandbox();
    const a = orderSchema.parse((await call('POST', '/api/v1/orders/stars', starsBody({ client_reference: 'inv-7' }))).json.data);
    await call('POST', '/api/v1/orders/stars', starsBody({ client_reference: 'inv-7', quantity: 200 }));
    expect(orderSchema.parse((await call('GET', `/api/v1/orders/${a.id}`)).json.data).id).toBe(a.id);
    expect(orderSchema.parse((await call('GET', `/api/v1/orders/by-memo/${a.payment_memo}`)).json.data).id).toBe(a.id);
    const byRef = orderListSchema.parse((await call('GET', '/api/v1/orders/by-reference/inv-7')).json.data);
    expect(byRef.map((o) => o.stars_amount)).toEqual([200, 100]);
    expect(orderListSchema.parse((await call('GET', '/api/v1/orders/by-reference/none')).json.data)).toEqual([]);

    const { createPartner } = await import('../sandbox/partners');
    createPartner(sandbox.deps.db, 'Other', 'osk_other_partner_key', Date.now());
    const other = await call('GET', `/api/v1/orders/${a.id}`, undefined, { Authorization: 'Bearer osk_other_partner_key' });
    expect(other.status).toBe(404);
    expect(other.json.error_code).toBe('NOT_FOUND');
    const otherMemo = await call('GET', `/api/v1/orders/by-memo/${a.payment_memo}`, undefined, {
      Authorization: 'Bearer osk_other_partner_key',
    });
    expect(otherMemo.status).toBe(404);
  });

  it('lists newest first with pagination and every filter', async () => {
    const { call, clock } = startSandbox();
    await call('POST', '/api/v1/orders/stars', starsBody({ recipient_username: 'alice_one' }));
    clock.advance(24 * 3600 * 1000);
    await call('POST', '/api/v1/orders/premium', { recipient_username: 'bob_two', months: 3 });
    clock.advance(24 * 3600 * 1000);
    const third = orderSchema.parse(
      (await call('POST', '/api/v1/orders/stars', starsBody({ recipient_username: 'alice_two' }))).json.data,
    );
    await call('POST', `/api/v1/orders/${third.id}/cancel`);

    const all = orderPageSchema.parse((await call('GET', '/api/v1/orders')).json.data);
    expect(all.total).toBe(3);
    expect(all.items.map((o) => o.id)).toEqual([...all.items.map((o) => o.id)].sort((x, y) => y - x));
    const page2 = orderPageSchema.parse((await call('GET', '/api/v1/orders?limit=1&offset=1')).json.data);
    expect(page2).toMatchObject({ total: 3, limit: 1, offset: 1 });
    expect(page2.items[0]?.order_type).toBe('premium');

    const q = async (qs: string) => orderPageSchema.parse((await call('GET', `/api/v1/orders?${qs}`)).json.data);
    expect((await q('status=cancelled')).items.map((o) => o.id)).toEqual([third.id]);
    expect((await q('order_type=premium')).total).toBe(1);
    expect((await q('recipient=alice')).total).toBe(2);
    expect((await q('recipient=%40ALICE_T')).total).toBe(1);
    expect((await q('created_from=2026-04-17&created_to=2026-04-17')).items.map((o) => o.order_type)).toEqual(['premium']);
    expect((await q('created_from=2026-04-17T00:00:00Z')).total).toBe(2);
  });

  it('cancels only pending orders; a second cancel returns the same order', async () => {
    const { call } = startSandbox();
    const order = orderSchema.parse((await call('POST', '/api/v1/orders/stars', starsBody())).json.data);
    const first = await call('POST', `/api/v1/orders/${order.id}/cancel`);
    expect(orderSchema.parse(first.json.data).status).toBe('cancelled');
    const again = await call('POST', `/api/v1/orders/${order.id}/cancel`);
    expect(again.status).toBe(200);
    expect(again.json.data).toEqual(first.json.data);
    expect((await call('POST', '/api/v1/orders/999999/cancel')).json.error_code).toBe('NOT_FOUND');
  });
});

describe('list totals', () => {
  it('agree with a plain count for every filter combination after status changes', async () => {
    const { call, clock, sandbox } = startSandbox();
    for (let i = 0; i < 12; i += 1) {
      const body =
        i % 3 === 0 ? { recipient_username: `mixed_user${i}`, months: 3 } : starsBody({ recipient_username: `mixed_user${i}` });
      const res = await call('POST', `/api/v1/orders/${i % 3 === 0 ? 'premium' : 'stars'}`, body);
      const id = (res.json.data as { id: number }).id;
      if (i % 4 === 0) await call('POST', `/api/v1/orders/${id}/cancel`);
      clock.advance(9 * 3600 * 1000);
    }
    const queries = [
      '',
      'status=cancelled',
      'order_type=premium',
      'status=expired&order_type=stars',
      'created_from=2026-04-17',
      'created_to=2026-04-17',
      'created_from=2026-04-17T05:00:00Z',
    ];
    for (const qs of queries) {
      const page = (await call('GET', `/api/v1/orders?${qs}&limit=100`)).json.data as { total: number; items: unknown[] };
      expect(page.total, qs).toBe(page.items.length);
    }
    expect(sandbox.deps.db.prepare('SELECT sum(orders) AS n FROM daily_stats').get()).toEqual({ n: 12 });
  });
});
