import { randomBytes } from 'node:crypto';
import { ApiProblem } from '../lib/problem';
import { isoSeconds } from './clock';
import { atomically } from './db';
import type { Partner, SandboxDeps } from './deps';
import { postLedger } from './ledger';
import { getOrder, type OrderRow } from './order-rows';
import { ORDER_TTL_SECONDS, quotePremium, quoteStars } from './pricing';
import { checkRecipient, recipientReasonText } from './recipients';

export type NewOrder = {
  recipient_username: string;
  payment_method: 'ton_memo' | 'balance';
  payment_currency: 'TON';
  client_reference?: string | null | undefined;
} & ({ order_type: 'stars'; quantity: number } | { order_type: 'premium'; months: number });

function newMemo(type: 'stars' | 'premium'): string {
  return `${type === 'stars' ? 'STARS' : 'PREM'}-${randomBytes(5).toString('hex')}`;
}

/** Checks the recipient and prices the order, then stores it (and debits the balance when asked). */
export function createOrder(deps: SandboxDeps, partner: Partner, input: NewOrder): OrderRow {
  const { db, clock } = deps;
  const verdict = checkRecipient(input.recipient_username, input.order_type);
  if (!verdict.can_receive) {
    const why = recipientReasonText[verdict.reason ?? ''] ?? verdict.reason;
    throw new ApiProblem('RECIPIENT_UNAVAILABLE', `${input.recipient_username} cannot receive ${input.order_type}: ${why}`);
  }
  const q = input.order_type === 'stars' ? quoteStars(input.quantity, deps.pricing) : quotePremium(input.months, deps.pricing);
  const now = clock.now();
  const created = isoSeconds(now);
  const byBalance = input.payment_method === 'balance';
  return atomically(db, () => {
    const row = db
      .prepare<unknown[], OrderRow>(
        `INSERT INTO orders (partner_id, status, order_type, stars_amount, premium_months, recipient_username,
           price_nano, fee_nano, payment_method, payment_currency, payment_address, payment_memo, client_reference,
           created_at, expires_at, paid_at, status_changed_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *`,
      )
      .get(
        partner.id,
        byBalance ? 'paid' : 'pending_payment',
        input.order_type,
        input.order_type === 'stars' ? input.quantity : null,
        input.order_type === 'premium' ? input.months : null,
        input.recipient_username,
        q.priceNano,
        q.feeNano,
        input.payment_method,
        input.payment_currency,
        deps.paymentAddress,
        newMemo(input.order_type),
        input.client_reference ?? null,
        created,
        isoSeconds(now + ORDER_TTL_SECONDS * 1000),
        byBalance ? created : null,
        created,
      );
    if (!row) throw new Error('insert returned no row');
    if (byBalance) postLedger(db, { partnerId: partner.id, type: 'order_debit', amountNano: -q.priceNano, orderId: row.id, now });
    else deps.expiry.nextAt = Math.min(deps.expiry.nextAt, now + ORDER_TTL_SECONDS * 1000);
    return row;
  });
}

/** Cancels a pending order; cancelling a cancelled order is a no-op that returns it again. */
export function cancelOrder(deps: SandboxDeps, partner: Partner, id: number): OrderRow {
  const { db, clock } = deps;
  const order = getOrder(db, partner.id, id);
  if (!order) throw new ApiProblem('NOT_FOUND', `order ${id} not found`);
  if (order.status === 'cancelled') return order;
  if (order.status !== 'pending_payment') {
    throw new ApiProblem('ORDER_NOT_CANCELLABLE', `order ${id} is ${order.status}; only pending_payment orders can be cancelled`);
  }
  db.prepare("UPDATE orders SET status = 'cancelled', status_changed_at = ? WHERE id = ?").run(isoSeconds(clock.now()), id);
  return getOrder(db, partner.id, id) ?? order;
}

/**
 * Marks pending orders past their TTL as expired. Runs before every authenticated request, but only
 * touches the database once the earliest pending expiry has passed (or when forced by the timer).
 */
export function expireOverdue(deps: SandboxDeps, { force = false } = {}): number {
  const nowMs = deps.clock.now();
  if (!force && nowMs < deps.expiry.nextAt) return 0;
  const now = isoSeconds(nowMs);
  const changes = deps.db
    .prepare("UPDATE orders SET status = 'expired', status_changed_at = ? WHERE status = 'pending_payment' AND expires_at <= ?")
    .run(now, now).changes;
  const next = deps.db
    .prepare<[], { next: string | null }>("SELECT min(expires_at) AS next FROM orders WHERE status = 'pending_payment'")
    .get()?.next;
  deps.expiry.nextAt = next ? Date.parse(next) : Number.POSITIVE_INFINITY;
  return changes;
}
