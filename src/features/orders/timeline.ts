import type { Order } from '@contract';

/** What a step says; `other` is a status this dashboard does not know yet, shown as sent. */
export type StepId =
  | 'created'
  | 'awaitingPayment'
  | 'paid'
  | 'delivering'
  | 'delivered'
  | 'expired'
  | 'cancelled'
  | 'failed'
  | 'refunding'
  | 'refunded'
  | 'other';

export interface TimelineStep {
  id: StepId;
  /** done (green ✓), current (highlighted), upcoming, failed (red ×) or stopped (grey ×, e.g. cancelled). */
  state: 'done' | 'current' | 'upcoming' | 'failed' | 'stopped';
  /** When it happened; absent when the API does not say (never guessed). */
  at?: string;
  /** A deadline instead of a time: "until …" (the payment window of a pending order). */
  until?: string;
  /** The API's failure code for a failed step. */
  reason?: string;
  /** The raw status of an `other` step. */
  status?: string;
}

const at = (iso: string | null | undefined) => (iso ? { at: iso } : {});

/** The last change of the order, when the API sends one (the real service may; the sandbox does not). */
function updatedAt(order: Order): string | undefined {
  const value: unknown = order.updated_at;
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * The order's path so far: created → paid → delivering → delivered with the current step marked, or the
 * branch it left by (expired / cancelled before payment; delivery failed → refunded after). Every step
 * carries the time the order records for it; a time the API does not give is left out, not invented.
 */
export function orderTimeline(order: Order): TimelineStep[] {
  const created: TimelineStep = { id: 'created', state: 'done', ...at(order.created_at) };
  const paid: TimelineStep = { id: 'paid', state: 'done', ...at(order.paid_at) };
  switch (order.status) {
    case 'pending_payment':
      return [
        created,
        { id: 'awaitingPayment', state: 'current', until: order.expires_at },
        { id: 'delivering', state: 'upcoming' },
        { id: 'delivered', state: 'upcoming' },
      ];
    case 'paid':
      return [created, paid, { id: 'delivering', state: 'current' }, { id: 'delivered', state: 'upcoming' }];
    case 'processing':
      return [
        created,
        paid,
        { id: 'delivering', state: 'current', ...at(updatedAt(order)) },
        { id: 'delivered', state: 'upcoming' },
      ];
    case 'completed':
      return [created, paid, { id: 'delivering', state: 'done' }, { id: 'delivered', state: 'done', ...at(order.completed_at) }];
    case 'expired':
      return [created, { id: 'expired', state: 'failed', at: order.expires_at }];
    case 'cancelled':
      return [created, { id: 'cancelled', state: 'stopped', ...at(updatedAt(order)) }];
    case 'failed':
    case 'refunded': {
      const refunded = order.status === 'refunded';
      const reason = order.failure_reason ? { reason: order.failure_reason } : {};
      return [
        created,
        paid,
        { id: 'failed', state: 'failed', ...reason, ...(refunded ? {} : at(updatedAt(order))) },
        refunded ? { id: 'refunded', state: 'done', ...at(updatedAt(order)) } : { id: 'refunding', state: 'current' },
      ];
    }
    default:
      return [created, { id: 'other', state: 'current', status: order.status, ...at(updatedAt(order)) }];
  }
}
