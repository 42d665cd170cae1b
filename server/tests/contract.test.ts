import { describe, expect, it } from 'vitest';
import * as contract from '../../contract';
import { sourceExampleOrder } from '../../contract/fixtures';
import { commentPayload, starsBody, startSandbox } from './sandbox-harness';

/**
 * Every sandbox route's answer must parse with the very schema the browser client uses for it
 * (and every refusal with the error envelope), so the sandbox cannot drift from what the UI accepts.
 */
describe('contract: sandbox responses parse with the client schemas', () => {
  it('covers every route of the spec', async () => {
    const h = startSandbox();
    const order = contract.orderSchema.parse(
      (await h.call('POST', '/api/v1/orders/stars', starsBody({ client_reference: 'r1' }))).json.data,
    );
    const premium = await h.call(
      'POST',
      '/api/v1/orders/premium',
      { recipient_username: 'pandus', months: 12 },
      { 'Idempotency-Key': 'c1' },
    );
    const balance = contract.balanceSchema.parse((await h.call('GET', '/api/v1/balance')).json.data);
    const transfer = await h.call('POST', '/sandbox/transfers', {
      address: balance.topup_address,
      amount: '1000000000',
      payload: commentPayload('hi'),
    });

    const checks: [string, unknown, { safeParse: (v: unknown) => { success: boolean } }][] = [
      ['premium create', premium.json.data, contract.orderSchema],
      ['transfer', transfer.json.data, contract.transferResultSchema],
      ['health', (await h.call('GET', '/api/v1/health')).json.data, contract.healthSchema],
      ['detail', (await h.call('GET', `/api/v1/orders/${order.id}`)).json.data, contract.orderSchema],
      ['list', (await h.call('GET', '/api/v1/orders?limit=100&status=pending_payment')).json.data, contract.orderPageSchema],
      ['by-memo', (await h.call('GET', `/api/v1/orders/by-memo/${order.payment_memo}`)).json.data, contract.orderSchema],
      ['by-reference', (await h.call('GET', '/api/v1/orders/by-reference/r1')).json.data, contract.orderListSchema],
      ['stats', (await h.call('GET', '/api/v1/orders/stats/summary')).json.data, contract.statsSummarySchema],
      ['cancel', (await h.call('POST', `/api/v1/orders/${order.id}/cancel`)).json.data, contract.orderSchema],
      ['ton-rate', (await h.call('GET', '/api/v1/pricing/ton-rate')).json.data, contract.tonRateSchema],
      ['fee', (await h.call('GET', '/api/v1/pricing/fee')).json.data, contract.feeSchema],
      [
        'estimate stars',
        (await h.call('GET', '/api/v1/pricing/estimate/stars?quantity=777')).json.data,
        contract.starsEstimateSchema,
      ],
      [
        'estimate premium',
        (await h.call('GET', '/api/v1/pricing/estimate/premium?months=6')).json.data,
        contract.premiumEstimateSchema,
      ],
      [
        'recipient stars',
        (await h.call('GET', '/api/v1/recipients/stars?username=nouser_zz')).json.data,
        contract.recipientCheckSchema,
      ],
      [
        'recipient premium',
        (await h.call('GET', '/api/v1/recipients/premium?username=pandus')).json.data,
        contract.recipientCheckSchema,
      ],
      ['balance', balance, contract.balanceSchema],
      ['transactions', (await h.call('GET', '/api/v1/balance/transactions')).json.data, contract.balanceTransactionPageSchema],
      ['error', (await h.call('GET', '/api/v1/orders/999')).json, contract.errorEnvelopeSchema],
    ];
    for (const [name, data, schema] of checks) expect(schema.safeParse(data).success, name).toBe(true);
  });

  it('tolerates extra fields and unknown statuses, and rejects malformed orders', () => {
    const fixture = sourceExampleOrder;
    expect(contract.orderSchema.safeParse(fixture).success).toBe(true);
    expect(contract.orderSchema.safeParse({ ...fixture, status: 'on_hold', loyalty_points: 3 }).success).toBe(true);
    expect(contract.orderSchema.safeParse({ ...fixture, price_ton: '0.418' }).success).toBe(false);
    expect(contract.orderSchema.safeParse({ ...fixture, id: undefined }).success).toBe(false);
    expect(contract.orderPageSchema.safeParse({ items: [fixture], total: 1, limit: 20 }).success).toBe(false);
  });

  it('is strict for what we send', () => {
    const base = { recipient_username: '@pandus', quantity: 100 };
    expect(contract.createStarsOrderSchema.parse(base)).toEqual({
      recipient_username: 'pandus',
      quantity: 100,
      payment_method: 'ton_memo',
      payment_currency: 'TON',
    });
    expect(contract.createStarsOrderSchema.safeParse({ ...base, surprise: 1 }).success).toBe(false);
    expect(contract.createPremiumOrderSchema.safeParse({ recipient_username: 'pandus', months: 4 }).success).toBe(false);
  });
});
