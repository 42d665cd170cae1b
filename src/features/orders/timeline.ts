import type { Order } from '@contract';

export interface TimelineStep {
  label: string;
  state: 'done' | 'current' | 'upcoming' | 'stopped';
  at?: string | null;
}

const HAPPY = ['pending_payment', 'paid', 'processing', 'completed'] as const;
const LABELS: Record<string, string> = {
  pending_payment: 'Awaiting payment',
  paid: 'Paid',
  processing: 'Processing',
  completed: 'Completed',
};

/**
 * The order's path so far: the happy path with the current step marked, or the branch it left by
 * (expired / cancelled before payment; failed → refunded after). An unknown status is shown as-is.
 */
export function orderTimeline(order: Order): TimelineStep[] {
  const created: TimelineStep = { label: 'Created', state: 'done', at: order.created_at };
  const index = (HAPPY as readonly string[]).indexOf(order.status);
  if (index >= 0) {
    return [
      created,
      ...HAPPY.map(
        (status, i): TimelineStep => ({
          label: LABELS[status] ?? status,
          state: i < index ? 'done' : i === index ? (status === 'completed' ? 'done' : 'current') : 'upcoming',
          at: status === 'paid' ? order.paid_at : status === 'completed' ? order.completed_at : null,
        }),
      ),
    ];
  }
  if (order.status === 'expired' || order.status === 'cancelled') {
    return [created, { label: order.status === 'expired' ? 'Expired unpaid' : 'Cancelled', state: 'stopped' }];
  }
  if (order.status === 'failed' || order.status === 'refunded') {
    return [
      created,
      { label: 'Paid', state: 'done', at: order.paid_at },
      { label: 'Failed', state: order.status === 'failed' ? 'stopped' : 'done' },
      { label: 'Refunded to balance', state: order.status === 'refunded' ? 'done' : 'upcoming' },
    ];
  }
  return [created, { label: order.status.replace(/_/g, ' '), state: 'current' }];
}
