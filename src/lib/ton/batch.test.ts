import type { Order } from '@contract';
import { describe, expect, it } from 'vitest';
import { sourceExampleOrder } from '../../../contract/fixtures';
import { batchValidUntil, planBatchPayment, walletMaxMessages } from './batch';
import { readCommentPayload } from './comment';

const NOW = Date.parse('2026-04-16T12:00:00Z');
const seconds = (iso: string) => Date.parse(iso) / 1000;

function order(id: number, overrides: Partial<Order> = {}): Order {
  return {
    ...sourceExampleOrder,
    id,
    payment_memo: `STARS-${id.toString(16)}`,
    payment_method: 'ton_memo',
    expires_at: '2026-04-16T12:15:00Z',
    ...overrides,
  };
}

describe('planBatchPayment', () => {
  it('puts one message per order in one transaction: exact nanotons, its address, its memo', () => {
    const orders = [order(1, { price_ton: 0.418 }), order(2, { price_ton: 12.5 }), order(3, { price_ton: 0.000000001 })];
    const { batches, skipped } = planBatchPayment(orders, 4, NOW);
    expect(skipped).toEqual([]);
    expect(batches).toHaveLength(1);
    const [batch] = batches;
    expect(batch?.orderIds).toEqual([1, 2, 3]);
    expect(batch?.messages).toEqual([
      { address: sourceExampleOrder.payment_address, amountNano: '418000000', comment: 'STARS-1' },
      { address: sourceExampleOrder.payment_address, amountNano: '12500000000', comment: 'STARS-2' },
      { address: sourceExampleOrder.payment_address, amountNano: '1', comment: 'STARS-3' },
    ]);
    expect(batch?.totalNano).toBe('12918000001');
  });

  it('sums exactly where floats would not (0.1 + 0.2)', () => {
    const { batches } = planBatchPayment([order(1, { price_ton: 0.1 }), order(2, { price_ton: 0.2 })], 4, NOW);
    expect(batches[0]?.totalNano).toBe('300000000');
  });

  it('splits into transactions of at most maxMessages, earliest expiry first', () => {
    const orders = Array.from({ length: 9 }, (_, index) =>
      order(index + 1, { expires_at: new Date(NOW + (20 - index) * 60_000).toISOString() }),
    );
    const { batches } = planBatchPayment(orders, 4, NOW);
    expect(batches.map((batch) => batch.orderIds)).toEqual([[9, 8, 7, 6], [5, 4, 3, 2], [1]]);
    expect(batches.every((batch) => batch.messages.length <= 4)).toBe(true);
    expect(planBatchPayment(orders, 1, NOW).batches).toHaveLength(9);
    expect(planBatchPayment(orders, 255, NOW).batches).toHaveLength(1);
  });

  it('sets validUntil to the earliest expiry in the batch, never past now + 600 s', () => {
    const late = order(1, { expires_at: '2026-04-16T12:15:00Z' });
    const soon = order(2, { expires_at: '2026-04-16T12:04:30Z' });
    expect(planBatchPayment([late, soon], 4, NOW).batches[0]?.validUntil).toBe(seconds('2026-04-16T12:04:30Z'));
    expect(planBatchPayment([late], 4, NOW).batches[0]?.validUntil).toBe(seconds('2026-04-16T12:10:00Z'));
    const [first, second] = planBatchPayment([late, soon], 1, NOW).batches;
    expect(first?.validUntil).toBe(seconds('2026-04-16T12:04:30Z'));
    expect(second?.validUntil).toBe(seconds('2026-04-16T12:10:00Z'));
    expect(batchValidUntil([{ expires_at: '2026-04-16T12:03:00.900Z' }], NOW)).toBe(seconds('2026-04-16T12:03:00Z'));
  });

  it('never includes expired, cancelled, paid, balance or repeated orders, and says why', () => {
    const orders = [
      order(1),
      order(2, { status: 'cancelled' }),
      order(3, { status: 'expired' }),
      order(4, { status: 'paid' }),
      order(5, { expires_at: '2026-04-16T11:59:59Z' }),
      order(6, { expires_at: '2026-04-16T12:00:30Z' }),
      order(7, { payment_method: 'balance' }),
      order(1),
      order(8, { status: 'some_new_status' }),
    ];
    const { batches, skipped } = planBatchPayment(orders, 4, NOW);
    expect(batches.flatMap((batch) => batch.orderIds)).toEqual([1]);
    expect(skipped).toEqual([
      { orderId: 2, reason: 'not_pending' },
      { orderId: 3, reason: 'not_pending' },
      { orderId: 4, reason: 'not_pending' },
      { orderId: 5, reason: 'expired' },
      { orderId: 6, reason: 'expiring' },
      { orderId: 7, reason: 'not_ton_memo' },
      { orderId: 1, reason: 'repeated' },
      { orderId: 8, reason: 'not_pending' },
    ]);
  });

  it('treats an order without payment_method as a TON transfer (only those are ever pending)', () => {
    const { batches } = planBatchPayment([order(1, { payment_method: undefined })], 4, NOW);
    expect(batches[0]?.orderIds).toEqual([1]);
  });

  it('plans nothing for nothing, and refuses a wallet limit that is not a positive integer', () => {
    expect(planBatchPayment([], 4, NOW)).toEqual({ batches: [], skipped: [] });
    for (const bad of [0, -1, 1.5, Number.NaN]) expect(() => planBatchPayment([order(1)], bad, NOW)).toThrow(RangeError);
  });

  it('keeps comments that encode as TON text payloads', async () => {
    const { commentPayload } = await import('./comment');
    const [message] = planBatchPayment([order(1)], 4, NOW).batches[0]?.messages ?? [];
    expect(readCommentPayload(commentPayload(message?.comment ?? ''))).toBe('STARS-1');
  });
});

describe('walletMaxMessages', () => {
  it('reads SendTransaction.maxMessages, the legacy bare feature as 4, nothing as 1', () => {
    expect(walletMaxMessages(['SendTransaction', { name: 'SendTransaction', maxMessages: 255 }])).toBe(255);
    expect(walletMaxMessages([{ name: 'SendTransaction', maxMessages: 4 }])).toBe(4);
    expect(walletMaxMessages(['SendTransaction'])).toBe(4);
    expect(walletMaxMessages([{ name: 'SignData' }])).toBe(1);
    expect(walletMaxMessages(undefined)).toBe(1);
  });

  it('clamps what a wallet declares to 1–255 whole messages', () => {
    expect(walletMaxMessages([{ name: 'SendTransaction', maxMessages: 1000 }])).toBe(255);
    expect(walletMaxMessages([{ name: 'SendTransaction', maxMessages: 0 }])).toBe(1);
    expect(walletMaxMessages([{ name: 'SendTransaction', maxMessages: 3.7 }])).toBe(3);
    expect(walletMaxMessages([{ name: 'SendTransaction', maxMessages: Number.NaN }, 'SendTransaction'])).toBe(4);
  });
});
