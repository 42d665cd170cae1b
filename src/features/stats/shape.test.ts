import type { StatsSummary } from '@contract';
import { describe, expect, it } from 'vitest';
import { apiRange, parseRange, rangeProblem, rangeSearch } from './range';
import { chartPoints, isEmpty, statusBreakdown, summaryCards } from './shape';

const summary: StatsSummary = {
  total_orders: 10,
  by_status: { completed: 6, refunded: 1, failed: 1, expired: 2 },
  stars_total: 1500,
  premium_months_total: 9,
  spent_ton: 12.345678901,
  daily: [],
};

describe('stats shaping', () => {
  it('builds the cards with an exact TON total and a success rate of completed over delivered-or-failed orders', () => {
    expect(summaryCards(summary)).toEqual({
      orders: 10,
      completed: 6,
      successRate: 0.75,
      stars: 1500,
      premiumMonths: 9,
      spentTon: '12.345678901',
    });
    expect(summaryCards({ ...summary, by_status: { pending_payment: 3, cancelled: 2 } }).successRate).toBeNull();
  });

  it('orders the status breakdown by count with shares', () => {
    expect(statusBreakdown({ expired: 2, completed: 6, cancelled: 0, on_hold: 2 })).toEqual([
      { status: 'completed', count: 6, share: 0.6 },
      { status: 'expired', count: 2, share: 0.2 },
      { status: 'on_hold', count: 2, share: 0.2 },
    ]);
    expect(isEmpty({ ...summary, total_orders: 0 })).toBe(true);
  });

  it('marks the current UTC day as partial and drops the days after it', () => {
    const day = (date: string) => ({ date, orders: 1, completed: 0, stars: 0, premium: 0, spent_ton: 0 });
    const points = chartPoints([day('2026-04-29'), day('2026-04-30'), day('2026-05-01')], Date.parse('2026-04-30T23:00:00Z'));
    expect(points.map((p) => [p.date, p.partial])).toEqual([
      ['2026-04-29', false],
      ['2026-04-30', true],
    ]);
  });
});

describe('stats range', () => {
  const now = Date.parse('2026-04-30T10:00:00Z');

  it('reads presets and custom ranges from the URL', () => {
    expect(parseRange(new URLSearchParams(), now, 'UTC')).toEqual({
      kind: 'preset',
      days: 30,
      from: '2026-04-01',
      to: '2026-04-30',
    });
    expect(parseRange(new URLSearchParams('days=7'), now, 'UTC')).toMatchObject({ from: '2026-04-24', to: '2026-04-30' });
    expect(parseRange(new URLSearchParams('from=2026-03-01&to=2026-03-31'), now, 'UTC')).toEqual({
      kind: 'custom',
      from: '2026-03-01',
      to: '2026-03-31',
    });
    expect(parseRange(new URLSearchParams('from=2026-03-31&to=2026-03-01&days=90'), now, 'UTC')).toMatchObject({
      kind: 'preset',
      days: 90,
    });
    expect(rangeSearch({ days: 30 }).toString()).toBe('');
    expect(rangeSearch({ from: '2026-03-01', to: '2026-03-02' }).toString()).toBe('from=2026-03-01&to=2026-03-02');
  });

  it("ends presets on the partner's local today, not the UTC one", () => {
    // 10:00 UTC is 03:00 on the same day in Los Angeles, but 19:00 in Jakarta; 20:00 UTC is already tomorrow in Jakarta.
    expect(parseRange(new URLSearchParams('days=7'), Date.parse('2026-04-30T20:00:00Z'), 'Asia/Jakarta')).toMatchObject({
      from: '2026-04-25',
      to: '2026-05-01',
    });
    expect(parseRange(new URLSearchParams('days=7'), Date.parse('2026-05-01T05:00:00Z'), 'America/Los_Angeles')).toMatchObject({
      from: '2026-04-24',
      to: '2026-04-30',
    });
  });

  it('sends local days as UTC instants', () => {
    expect(apiRange({ from: '2026-04-24', to: '2026-04-30' }, 'Asia/Jakarta')).toEqual({
      from: '2026-04-23T17:00:00Z',
      to: '2026-04-30T16:59:59Z',
    });
    expect(apiRange({ from: '2026-04-24', to: '2026-04-30' }, 'UTC')).toEqual({
      from: '2026-04-24T00:00:00Z',
      to: '2026-04-30T23:59:59Z',
    });
  });

  it('explains typed days it cannot show', () => {
    expect(rangeProblem('2026-04-01', '2026-04-30')).toBeNull();
    expect(rangeProblem('2026-02-30', '2026-04-30')).toBe('stats.range.invalidDay');
    expect(rangeProblem('30/04/2026', '2026-04-30')).toBe('stats.range.invalidDay');
    expect(rangeProblem('2026-04-30', '2026-04-01')).toBe('stats.range.order');
    expect(rangeProblem('2025-01-01', '2026-04-30')).toBe('stats.range.tooLong');
  });
});
