import { beginCell } from '@ton/core';
import { describe, expect, it } from 'vitest';
import { balanceSchema, balanceTransactionPageSchema } from '../../contract/balance';
import { tonToNano } from '../../contract/money';
import { type Order, orderSchema } from '../../contract/orders';
import { transferResultSchema } from '../../contract/service';
import { commentPayload, starsBody, startSandbox } from './sandbox-harness';

type Harness = ReturnType<typeof startSandbox>;

async function newOrder(h: Harness, extra: Record<string, unknown> = {}): Promise<Order> {
  return orderSchema.parse((await h.call('POST', '/api/v1/orders/stars', starsBody(extra))).json.data);
}

async function send(h: Harness, address: string, amount: bigint | string, comment?: string) {
  const body = { address, amount: String(amount), ...(comment === undefined ? {} : { payload: commentPayload(comment) }) };
  const res = await h.call('POST', '/sandbox/transfers', body);
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return transferResultSchema.parse(res.json.data);
}

async function status(h: Harness, id: number): Promise<Order> {
  return orderSchema.parse((await h.call('GET', `/api/v1/orders/${id}`)).json.data);
}

/** Runs fulfilment steps the way the live timer would, one step length apart. */
function runFulfilment(h: Harness, steps: number) {
  for (let i = 0; i < steps; i += 1) {
    h.clock.advance(1000);
    h.sandbox.tick();
  }
}

describe('simulated chain', () => {
  it('an exact transfer with the memo pays the order and records the tx hash', async () => {
    const h = startSandbox();
    const order = await newOrder(h);
    const result = await send(h, order.payment_address, tonToNano(order.price_ton), order.payment_memo);
    expect(result).toMatchObject({ outcome: 'order_paid', order_id: order.id, comment: order.payment_memo });
    expect(result.tx_hash).toMatch(/^[0-9a-f]{64}$/);
    const paid = await status(h, order.id);
    expect(paid).toMatchObject({ status: 'paid', payment_tx_hash: result.tx_hash, paid_at: '2026-04-16T12:00:00Z' });
  });

  it('a short transfer, a wrong memo, no memo or a late transfer pays nothing', async () => {
    const h = startSandbox();
    const order = await newOrder(h);
    const price = tonToNano(order.price_ton);
    expect((await send(h, order.payment_address, price - 1n, order.payment_memo)).outcome).toBe('amount_too_low');
    expect((await send(h, order.payment_address, price, 'STARS-ffffffffff')).outcome).toBe('no_matching_order');
    expect((await send(h, order.payment_address, price)).outcome).toBe('no_matching_order');
    expect((await status(h, order.id)).status).toBe('pending_payment');
    h.clock.advance(15 * 60 * 1000);
    expect((await send(h, order.payment_address, price, order.payment_memo)).outcome).toBe('order_not_payable');
    expect((await status(h, order.id)).status).toBe('expired');
  });

  it('accepts the raw address form and an overpayment; a second payment pays nothing', async () => {
    const h = startSandbox();
    const order = await newOrder(h);
    const { Address } = await import('@ton/core');
    const raw = Address.parse(order.payment_address).toRawString();
    expect((await send(h, raw, tonToNano(order.price_ton) + 5n, order.payment_memo)).outcome).toBe('order_paid');
    expect((await send(h, raw, tonToNano(order.price_ton), order.payment_memo)).outcome).toBe('order_not_payable');
  });

  it('refuses malformed transfers with a 400 envelope', async () => {
    const h = startSandbox();
    const order = await newOrder(h);
    const cases = [
      { address: 'not-an-address', amount: '1' },
      { address: order.payment_address, amount: '0.5' },
      { address: order.payment_address, amount: 1 },
      { address: order.payment_address, amount: '0' },
      { address: order.payment_address, amount: '1', payload: '@@@' },
      { amount: '1' },
    ];
    for (const body of cases) {
      const res = await h.call('POST', '/sandbox/transfers', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.json.error_code).toBe('VALIDATION_ERROR');
    }
  });

  it('a payload that is not a text comment is a transfer without a memo', async () => {
    const h = startSandbox();
    const order = await newOrder(h);
    const payload = beginCell().storeUint(0x0f8a7ea5, 32).endCell().toBoc().toString('base64');
    const res = await h.call('POST', '/sandbox/transfers', { address: order.payment_address, amount: '418000000', payload });
    expect(transferResultSchema.parse(res.json.data).outcome).toBe('no_matching_order');
  });

  it('fulfilment moves paid → processing → completed within seconds', async () => {
    const h = startSandbox();
    const order = await newOrder(h);
    await send(h, order.payment_address, tonToNano(order.price_ton), order.payment_memo);
    runFulfilment(h, 1);
    expect((await status(h, order.id)).status).toBe('processing');
    runFulfilment(h, 1);
    const done = await status(h, order.id);
    expect(done.status).toBe('completed');
    expect(done.completed_at).not.toBeNull();
  });

  it('a fail_ recipient ends failed → refunded, and the price returns to the balance', async () => {
    const h = startSandbox();
    const balance = (await h.call('GET', '/api/v1/balance')).json.data as { topup_address: string };
    await send(h, balance.topup_address, 5_000_000_000n);
    const order = await newOrder(h, { recipient_username: 'fail_customer', payment_method: 'balance' });
    expect(order.status).toBe('paid');
    expect(balanceSchema.parse((await h.call('GET', '/api/v1/balance')).json.data).balance_ton).toBe(4.582);
    runFulfilment(h, 2);
    expect(await status(h, order.id)).toMatchObject({ status: 'failed', failure_reason: 'RECIPIENT_REJECTED' });
    runFulfilment(h, 1);
    expect((await status(h, order.id)).status).toBe('refunded');
    expect(balanceSchema.parse((await h.call('GET', '/api/v1/balance')).json.data).balance_ton).toBe(5);
    const txs = balanceTransactionPageSchema.parse((await h.call('GET', '/api/v1/balance/transactions')).json.data);
    expect(txs.items.map((t) => [t.type, t.amount_ton, t.order_id ?? null])).toEqual([
      ['refund', 0.418, order.id],
      ['order_debit', -0.418, order.id],
      ['topup', 5, null],
    ]);
  });

  it('a hold_ recipient is paid and stays in processing, as when delivery is slow', async () => {
    const h = startSandbox();
    const balance = (await h.call('GET', '/api/v1/balance')).json.data as { topup_address: string };
    await send(h, balance.topup_address, 5_000_000_000n);
    const order = await newOrder(h, { recipient_username: 'hold_customer', payment_method: 'balance' });
    runFulfilment(h, 5);
    expect(await status(h, order.id)).toMatchObject({ status: 'processing', completed_at: null });
  });

  it('a top-up credits the balance of the partner whose address it reaches', async () => {
    const h = startSandbox();
    const before = balanceSchema.parse((await h.call('GET', '/api/v1/balance')).json.data);
    const result = await send(h, before.topup_address, 1_500_000_001n);
    expect(result.outcome).toBe('topup_credited');
    const after = balanceSchema.parse((await h.call('GET', '/api/v1/balance')).json.data);
    expect(after.balance_ton).toBe(1.500000001);
    const txs = balanceTransactionPageSchema.parse((await h.call('GET', '/api/v1/balance/transactions?type=topup')).json.data);
    expect(txs.items[0]).toMatchObject({ type: 'topup', amount_ton: 1.500000001, tx_hash: result.tx_hash });
  });
});

describe('expiry and the ledger', () => {
  it('expires a pending order exactly at created_at + 15 min', async () => {
    const h = startSandbox();
    const order = await newOrder(h);
    h.clock.advance(15 * 60 * 1000 - 1000);
    expect((await status(h, order.id)).status).toBe('pending_payment');
    h.clock.advance(1000);
    expect((await status(h, order.id)).status).toBe('expired');
  });

  it('the balance always equals the sum of its transactions', async () => {
    const h = startSandbox();
    const { topup_address } = (await h.call('GET', '/api/v1/balance')).json.data as { topup_address: string };
    await send(h, topup_address, 3_000_000_000n);
    const orders: Order[] = [];
    for (const name of ['fail_one1', 'happy_one', 'fail_two2', 'happy_two', 'happy_three', 'happy_four', 'happy_five']) {
      const res = await h.call(
        'POST',
        '/api/v1/orders/stars',
        starsBody({ recipient_username: name, payment_method: 'balance', quantity: 50 + orders.length * 100 }),
      );
      if (res.status === 200) orders.push(orderSchema.parse(res.json.data));
      else expect(res.json.error_code).toBe('INSUFFICIENT_BALANCE');
    }
    runFulfilment(h, 4);
    await send(h, topup_address, 123_456_789n);
    const rows = h.sandbox.deps.db
      .prepare<[], { balance: bigint; sum: bigint; last: bigint }>(
        `SELECT p.balance_nano AS balance, (SELECT sum(amount_nano) FROM balance_transactions WHERE partner_id = p.id) AS sum,
                (SELECT balance_after_nano FROM balance_transactions WHERE partner_id = p.id ORDER BY id DESC LIMIT 1) AS last
         FROM partners p`,
      )
      .safeIntegers(true)
      .all();
    for (const row of rows) {
      if (row.sum === null) continue;
      expect(row.balance).toBe(row.sum);
      expect(row.last).toBe(row.balance);
    }
    expect(orders.length).toBeGreaterThan(2);
    const api = balanceSchema.parse((await h.call('GET', '/api/v1/balance')).json.data);
    expect(tonToNano(api.balance_ton)).toBe(rows[0]?.balance);
  });
});

describe('sandbox tooling', () => {
  it("/sandbox/expire ends a pending order's window now; unknown memos are 404", async () => {
    const h = startSandbox();
    const order = await newOrder(h);
    const res = await h.call('POST', '/sandbox/expire', { payment_memo: order.payment_memo });
    expect(res.status).toBe(200);
    expect((await status(h, order.id)).status).toBe('expired');
    expect((await h.call('POST', '/sandbox/expire', { payment_memo: order.payment_memo })).status).toBe(404);
    expect((await h.call('POST', '/sandbox/expire', {})).status).toBe(400);
  });
});
