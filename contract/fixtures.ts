import type { Order } from './orders';

/** The order from the partner docs' example response — a shared fixture for tests on both sides. */
export const sourceExampleOrder: Order = {
  id: 10421,
  status: 'pending_payment',
  order_type: 'stars',
  stars_amount: 100,
  recipient_username: 'pandus',
  price_ton: 0.418,
  payment_address: 'UQBFJTkJ5hZdH7i6rWQTnm43zn6h2dPBV9lFZ2e98WvWABy_',
  payment_memo: 'STARS-a1b2c3',
  expires_at: '2026-04-16T12:15:00Z',
  created_at: '2026-04-16T12:00:00Z',
};
