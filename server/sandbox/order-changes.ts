import { type Db, prepared } from './db';
import type { OrderRow } from './orders';

/**
 * Every write to the `orders` table: the insert and each status change. Callers run them inside their
 * own transaction where several writes must land together (a balance-paid create, a refund).
 */
const insert = prepared<unknown[], OrderRow>(
  `INSERT INTO orders (partner_id, status, order_type, stars_amount, premium_months, recipient_username,
     price_nano, fee_nano, payment_method, payment_currency, payment_address, payment_memo, client_reference,
     created_at, expires_at, paid_at, status_changed_at)
   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *`,
);

export interface OrderInsert {
  partnerId: number;
  status: 'pending_payment' | 'paid';
  orderType: 'stars' | 'premium';
  starsAmount: number | null;
  premiumMonths: number | null;
  recipient: string;
  priceNano: bigint;
  feeNano: bigint;
  paymentMethod: string;
  paymentCurrency: string;
  paymentAddress: string;
  paymentMemo: string;
  clientReference: string | null;
  createdAt: string;
  expiresAt: string;
  paidAt: string | null;
}

export function insertOrder(db: Db, o: OrderInsert): OrderRow {
  const row = insert(db).get(
    o.partnerId,
    o.status,
    o.orderType,
    o.starsAmount,
    o.premiumMonths,
    o.recipient,
    o.priceNano,
    o.feeNano,
    o.paymentMethod,
    o.paymentCurrency,
    o.paymentAddress,
    o.paymentMemo,
    o.clientReference,
    o.createdAt,
    o.expiresAt,
    o.paidAt,
    o.createdAt,
  );
  if (!row) throw new Error('insert returned no row');
  return row;
}

const toStatus = {
  cancelled: prepared<[string, number], never>("UPDATE orders SET status = 'cancelled', status_changed_at = ? WHERE id = ?"),
  processing: prepared<[string, number], never>("UPDATE orders SET status = 'processing', status_changed_at = ? WHERE id = ?"),
  refunded: prepared<[string, number], never>("UPDATE orders SET status = 'refunded', status_changed_at = ? WHERE id = ?"),
  failed: prepared<[string, number], never>(
    "UPDATE orders SET status = 'failed', failure_reason = 'RECIPIENT_REJECTED', status_changed_at = ? WHERE id = ?",
  ),
};
const completed = prepared<[string, string, number], never>(
  "UPDATE orders SET status = 'completed', completed_at = ?, status_changed_at = ? WHERE id = ?",
);
const paid = prepared<[string, string, string, number], never>(
  "UPDATE orders SET status = 'paid', paid_at = ?, payment_tx_hash = ?, status_changed_at = ? WHERE id = ?",
);

/** A simple move to `status` at `at` (ISO seconds). */
export function moveOrder(db: Db, id: number, status: keyof typeof toStatus | 'completed', at: string): void {
  if (status === 'completed') completed(db).run(at, at, id);
  else toStatus[status](db).run(at, id);
}

export function markPaid(db: Db, id: number, txHash: string, at: string): void {
  paid(db).run(at, txHash, at, id);
}

const expireDue = prepared<[string, string], never>(
  "UPDATE orders SET status = 'expired', status_changed_at = ? WHERE status = 'pending_payment' AND expires_at <= ?",
);
const nextExpiry = prepared<[], { next: string | null }>(
  "SELECT min(expires_at) AS next FROM orders WHERE status = 'pending_payment'",
);
const closeWindow = prepared<[string, number, string], never>(
  "UPDATE orders SET expires_at = ? WHERE partner_id = ? AND payment_memo = ? AND status = 'pending_payment'",
);

/** Expires every pending order whose window has closed; returns how many, and the next expiry (ms) or Infinity. */
export function expirePending(db: Db, at: string): { changes: number; nextAt: number } {
  const changes = expireDue(db).run(at, at).changes;
  const next = nextExpiry(db).get()?.next;
  return { changes, nextAt: next ? Date.parse(next) : Number.POSITIVE_INFINITY };
}

/** Sandbox tooling: ends one of the partner's pending orders' payment window now. */
export function closePaymentWindow(db: Db, partnerId: number, memo: string, at: string): boolean {
  return closeWindow(db).run(at, partnerId, memo).changes > 0;
}
