import { describe, expect, it } from 'vitest';
import { balanceSchema, balanceTransactionPageSchema } from '../../contract/balance';
import { statsSummarySchema } from '../../contract/orders';
import {
  feeSchema,
  premiumEstimateSchema,
  recipientCheckSchema,
  starsEstimateSchema,
  tonRateSchema,
} from '../../contract/pricing';
import { healthSchema } from '../../contract/service';
import { startSandbox } from './sandbox-harness';

describe('sandbox pricing, recipients, balance, health', () => {
  it('answers /health without a key', async () => {
    const { sandbox } = startSandbox();
    const res = await sandbox.app.request('/api/v1/health');
    expect(res.status).toBe(200);
    expect(healthSchema.parse(((await res.json()) as { data: unknown }).data).status).toBe('ok');
  });

  it('prices 100 Stars at 0.418 TON and Premium near $12/$16/$29', async () => {
    const { call } = startSandbox();
    expect(tonRateSchema.parse((await call('GET', '/api/v1/pricing/ton-rate')).json.data).ton_usd).toBe(4);
    const fee = feeSchema.parse((await call('GET', '/api/v1/pricing/fee')).json.data);
    expect(fee).toMatchObject({
      stars: { min_quantity: 50, max_quantity: 10000 },
      premium: { months: [3, 6, 12] },
      order_ttl_seconds: 900,
    });
    const stars = starsEstimateSchema.parse((await call('GET', '/api/v1/pricing/estimate/stars?quantity=100')).json.data);
    expect(stars).toMatchObject({ quantity: 100, price_ton: 0.418, price_usd: 1.672, ton_usd: 4 });
    const usd = [];
    for (const months of [3, 6, 12]) {
      const est = premiumEstimateSchema.parse((await call('GET', `/api/v1/pricing/estimate/premium?months=${months}`)).json.data);
      usd.push(Math.round(est.price_usd));
    }
    expect(usd).toEqual([13, 17, 30]);
  });

  it('applies a configured TON/USD rate', async () => {
    const { call } = startSandbox({ tonUsd: '8' });
    expect(
      starsEstimateSchema.parse((await call('GET', '/api/v1/pricing/estimate/stars?quantity=100')).json.data).price_ton,
    ).toBe(0.209);
  });

  it('checks recipients deterministically by prefix', async () => {
    const { call } = startSandbox();
    const check = async (product: string, username: string) =>
      recipientCheckSchema.parse(
        (await call('GET', `/api/v1/recipients/${product}?username=${encodeURIComponent(username)}`)).json.data,
      );
    expect(await check('stars', '@pandus')).toMatchObject({ username: 'pandus', can_receive: true, reason: null });
    expect(await check('stars', 'nouser_abc')).toMatchObject({ can_receive: false, reason: 'USER_NOT_FOUND' });
    expect(await check('stars', 'premium_abc')).toMatchObject({ can_receive: true });
    expect(await check('premium', 'premium_abc')).toMatchObject({ can_receive: false, reason: 'ALREADY_PREMIUM' });
    expect(await check('premium', 'fail_abc')).toMatchObject({ can_receive: true });
  });

  it('shows the balance and an empty transaction page for a new partner', async () => {
    const { call } = startSandbox();
    const balance = balanceSchema.parse((await call('GET', '/api/v1/balance')).json.data);
    expect(balance.balance_ton).toBe(0);
    expect(balance.topup_address).toMatch(/^UQ/);
    const txs = balanceTransactionPageSchema.parse((await call('GET', '/api/v1/balance/transactions')).json.data);
    expect(txs).toMatchObject({ items: [], total: 0, limit: 20, offset: 0 });
  });

  it('summarises stats per day over the requested range', async () => {
    const { call, clock } = startSandbox();
    await call('POST', '/api/v1/orders/stars', { recipient_username: 'pandus', quantity: 100 });
    clock.advance(24 * 3600 * 1000);
    await call('POST', '/api/v1/orders/premium', { recipient_username: 'pandus', months: 6 });
    const stats = statsSummarySchema.parse(
      (await call('GET', '/api/v1/orders/stats/summary?from=2026-04-10&to=2026-04-17')).json.data,
    );
    expect(stats.total_orders).toBe(2);
    // The first order, a day old, has expired by the time of the second.
    expect(stats.by_status).toEqual({ expired: 1, pending_payment: 1 });
    expect(stats.daily).toHaveLength(8);
    expect(stats.daily.find((d) => d.date === '2026-04-17')?.orders).toBe(1);
    const defaults = statsSummarySchema.parse((await call('GET', '/api/v1/orders/stats/summary')).json.data);
    expect(defaults.daily).toHaveLength(30);
  });
});
