import type { StatsSummary } from '@contract';
import { describe, expect, it } from 'vitest';
import { parseRange, rangeSearch } from './range';
import { isEmpty, statusBreakdown, summaryCards } from './shape';

const summary: StatsSummary = {
  total_orders: 10,
  by_status: { completed: 6, refunded: 1, failed: 1, expired: 2 },
  stars_total: 1500,
  premium_months_total: 9,
  spent_ton: 12.345678901,
  daily: [],
};

describe('stats shaping', () => {
  it('builds the cards with an exact TON total and a success rate over settled orders', () => {
    expect(summaryCards(summary)).toEqual({
      orders: 10,
      completed: 6,
      successRate: '75.0%',
      stars: 1500,
      premiumMonths: 9,
      spentTon: '12.345678901',
    });
    expect(summaryCards({ ...summary, by_status: { pending_payment: 3 } }).successRate).toBeNull();
  });

  it('orders the status breakdown by count with shares', () => {
    expect(statusBreakdown({ expired: 2, completed: 6, cancelled: 0, on_hold: 2 })).toEqual([
      { status: 'completed', count: 6, share: 0.6 },
      { status: 'expired', count: 2, share: 0.2 },
      { status: 'on_hold', count: 2, share: 0.2 },
    ]);
    expect(isEmpty({ ...summary, total_orders: 0 })).toBe(true);
  });

  it('reads presets and custom ranges from the URL', () => {
    const now = Date.parse('2026-04-30T10:00:00Z');
    expect(parseRange(new URLSearchParams(), now)).toEqual({ kind: 'preset', days: 30, from: '2026-04-01', to: '2026-04-30' });
    expect(parseRange(new URLSearchParams('days=7'), now)).toMatchObject({ from: '2026-04-24', to: '2026-04-30' });
    expect(parseRange(new URLSearchParams('from=2026-03-01&to=2026-03-31'), now)).toEqual({
      kind: 'custom',
      from: '2026-03-01',
      to: '2026-03-31',
    });
    expect(parseRange(new URLSearchParams('from=2026-03-31&to=2026-03-01&days=90'), now)).toMatchObject({
      kind: 'preset',
      days: 90,
    });
    expect(rangeSearch({ days: 30 }).toString()).toBe('');
    expect(rangeSearch({ from: '2026-03-01', to: '2026-03-02' }).toString()).toBe('from=2026-03-01&to=2026-03-02');
  });
});
