import type { Order } from '@contract';
import { describe, expect, it } from 'vitest';
import { sourceExampleOrder } from '../../../contract/fixtures';
import { orderTimeline } from './timeline';

/** The docs' example order: created 12:00, payable until 12:15. */
const base: Order = sourceExampleOrder;
const paid = { paid_at: '2026-04-16T12:03:00Z' };
const summary = (order: Order) => orderTimeline(order).map((s) => `${s.id}:${s.state}${s.at ? `@${s.at.slice(11, 16)}` : ''}`);

describe('status timeline', () => {
  it('marks the current step of the happy path, each step with the time the order records', () => {
    expect(summary(base)).toEqual(['created:done@12:00', 'awaitingPayment:current', 'delivering:upcoming', 'delivered:upcoming']);
    expect(orderTimeline(base)[1]).toMatchObject({ until: base.expires_at });
    expect(summary({ ...base, ...paid, status: 'processing' })).toEqual([
      'created:done@12:00',
      'paid:done@12:03',
      'delivering:current',
      'delivered:upcoming',
    ]);
    expect(summary({ ...base, ...paid, status: 'completed', completed_at: '2026-04-16T12:05:00Z' })).toEqual([
      'created:done@12:00',
      'paid:done@12:03',
      'delivering:done',
      'delivered:done@12:05',
    ]);
  });

  it('shows a failed delivery as a failed step with its reason, then the refund', () => {
    const refunded = orderTimeline({ ...base, ...paid, status: 'refunded', failure_reason: 'RECIPIENT_REJECTED' });
    expect(refunded.map((s) => `${s.id}:${s.state}`)).toEqual(['created:done', 'paid:done', 'failed:failed', 'refunded:done']);
    expect(refunded[2]).toMatchObject({ reason: 'RECIPIENT_REJECTED' });
    expect(refunded[2]?.at).toBeUndefined();
    expect(summary({ ...base, ...paid, status: 'failed' }).slice(2)).toEqual(['failed:failed', 'refunding:current']);
  });

  it('uses the last change time when the API sends one, and never invents a time', () => {
    const withUpdate: Order = { ...base, ...paid, status: 'refunded', updated_at: '2026-04-16T12:07:00Z' };
    expect(summary(withUpdate).at(-1)).toBe('refunded:done@12:07');
    expect(summary({ ...base, status: 'cancelled' })).toEqual(['created:done@12:00', 'cancelled:stopped']);
  });

  it('ends an unpaid order at its expiry, and shows an unknown status as it came', () => {
    expect(summary({ ...base, status: 'expired' })).toEqual(['created:done@12:00', 'expired:failed@12:15']);
    expect(orderTimeline({ ...base, status: 'on_hold' }).at(-1)).toMatchObject({
      id: 'other',
      status: 'on_hold',
      state: 'current',
    });
  });
});
