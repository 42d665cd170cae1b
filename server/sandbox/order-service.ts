import { randomBytes } from 'node:crypto';
import { okBody } from '../../contract/envelope';
import { ApiProblem } from '../lib/problem';
import { isoSeconds } from './clock';
import { atomically } from './db';
import type { Partner, SandboxDeps } from './deps';
import { findReplay, rememberResponse } from './idempotency';
import { postLedger } from './ledger';
import { closePaymentWindow, expirePending, insertOrder, moveOrder } from './order-changes';
import { getOrder, type OrderRow, toApiOrder } from './orders';
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
    const row = insertOrder(db, {
      partnerId: partner.id,
      status: byBalance ? 'paid' : 'pending_payment',
      orderType: input.order_type,
      starsAmount: input.order_type === 'stars' ? input.quantity : null,
      premiumMonths: input.order_type === 'premium' ? input.months : null,
      recipient: input.recipient_username,
      priceNano: q.priceNano,
      feeNano: q.feeNano,
      paymentMethod: input.payment_method,
      paymentCurrency: input.payment_currency,
      paymentAddress: deps.paymentAddress,
      paymentMemo: newMemo(input.order_type),
      clientReference: input.client_reference ?? null,
      createdAt: created,
      expiresAt: isoSeconds(now + ORDER_TTL_SECONDS * 1000),
      paidAt: byBalance ? created : null,
    });
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
  moveOrder(db, id, 'cancelled', isoSeconds(clock.now()));
  return getOrder(db, partner.id, id) ?? order;
}

/**
 * Marks pending orders past their TTL as expired. Runs before every authenticated request, but only
 * touches the database once the earliest pending expiry has passed (or when forced by the timer).
 */
export function expireOverdue(deps: SandboxDeps, { force = false } = {}): number {
  const nowMs = deps.clock.now();
  if (!force && nowMs < deps.expiry.nextAt) return 0;
  const { changes, nextAt } = expirePending(deps.db, isoSeconds(nowMs));
  deps.expiry.nextAt = nextAt;
  return changes;
}

/** Sandbox tooling: ends the partner's pending order's payment window now, so expiry can be tried at once. */
export function expireNow(deps: SandboxDeps, partner: Partner, memo: string): void {
  if (!closePaymentWindow(deps.db, partner.id, memo, isoSeconds(deps.clock.now()))) {
    throw new ApiProblem('NOT_FOUND', `no pending order has payment_memo ${memo}`);
  }
  expireOverdue(deps, { force: true });
}

/**
 * A create with an Idempotency-Key: look up the key, create and remember the response in one immediate
 * transaction, so two requests with one key can never both create. A refused create stores nothing, so
 * the same key can be retried once the cause is fixed. Returns the response body to send as it is.
 */
export function createOrderOnce(
  deps: SandboxDeps,
  partner: Partner,
  input: NewOrder,
  request: { key: string; hash: string },
): { kind: 'replay' | 'created'; body: string } {
  const { db, clock } = deps;
  return atomically(db, () => {
    const replay = findReplay(db, partner.id, request.key, request.hash, clock.now());
    if (replay) return { kind: 'replay', body: replay.body };
    const body = JSON.stringify(okBody(toApiOrder(createOrder(deps, partner, input))));
    rememberResponse(db, partner.id, request.key, request.hash, 200, body, clock.now());
    return { kind: 'created', body };
  });
}
