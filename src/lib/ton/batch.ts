import type { Order } from '@contract';
import { MAX_VALIDITY_SECONDS, orderTransfer, type PlannedTransfer } from './transfer';

/**
 * Paying several pending orders with one wallet confirmation: one TonConnect message per order (exact
 * nanotons to its payment address, its memo as the comment), as many per transaction as the wallet takes.
 */

/** An order closer than this to its expiry is left out: the wallet and the chain need a moment. */
export const MIN_WINDOW_MS = 60_000;
/** The most messages any TON wallet contract takes in one transaction (wallet v5). */
export const MAX_WALLET_MESSAGES = 255;

export type SkipReason = 'not_pending' | 'expired' | 'expiring' | 'not_ton_memo' | 'repeated';

export interface PaymentBatch {
  orderIds: number[];
  messages: PlannedTransfer[];
  /** The batch's sum in nanotons (decimal digits). */
  totalNano: string;
  /** Seconds: the earliest expiry among the batch's orders, and never more than now + 600 s. */
  validUntil: number;
}

export interface BatchPlan {
  batches: PaymentBatch[];
  skipped: { orderId: number; reason: SkipReason }[];
}

function skipReason(order: Order, nowMs: number, seen: ReadonlySet<number>): SkipReason | null {
  if (seen.has(order.id)) return 'repeated';
  if (order.status !== 'pending_payment') return 'not_pending';
  if ((order.payment_method ?? 'ton_memo') !== 'ton_memo') return 'not_ton_memo';
  const expiry = Date.parse(order.expires_at);
  if (!(expiry > nowMs)) return 'expired';
  if (expiry - nowMs < MIN_WINDOW_MS) return 'expiring';
  return null;
}

/** The `validUntil` of a set of orders: min over their expiries and now + 600 s, in whole seconds. */
export function batchValidUntil(orders: readonly Pick<Order, 'expires_at'>[], nowMs: number): number {
  const earliest = Math.min(nowMs + MAX_VALIDITY_SECONDS * 1000, ...orders.map((order) => Date.parse(order.expires_at)));
  return Math.floor(earliest / 1000);
}

/**
 * Splits the orders into transactions of at most `maxMessages` messages. Only pending, unexpired `ton_memo`
 * orders are paid (each once); the rest are listed with the reason. Orders are taken earliest expiry first,
 * so the ones about to close go in the first confirmation and each batch's `validUntil` is as long as it can be.
 */
export function planBatchPayment(orders: readonly Order[], maxMessages: number, nowMs: number): BatchPlan {
  if (!Number.isInteger(maxMessages) || maxMessages < 1)
    throw new RangeError(`maxMessages must be a positive integer: ${maxMessages}`);
  const size = Math.min(maxMessages, MAX_WALLET_MESSAGES);
  const skipped: BatchPlan['skipped'] = [];
  const payable: Order[] = [];
  const seen = new Set<number>();
  for (const order of orders) {
    const reason = skipReason(order, nowMs, seen);
    seen.add(order.id);
    if (reason) skipped.push({ orderId: order.id, reason });
    else payable.push(order);
  }
  payable.sort((a, b) => Date.parse(a.expires_at) - Date.parse(b.expires_at) || a.id - b.id);
  const batches: PaymentBatch[] = [];
  for (let start = 0; start < payable.length; start += size) {
    const group = payable.slice(start, start + size);
    const messages = group.map((order) => orderTransfer(order, nowMs));
    batches.push({
      orderIds: group.map((order) => order.id),
      messages,
      totalNano: messages.reduce((sum, message) => sum + BigInt(message.amountNano), 0n).toString(),
      validUntil: batchValidUntil(group, nowMs),
    });
  }
  return { batches, skipped };
}

/** A wallet feature as TonConnect lists it: the legacy bare name, or an object with its limits. */
export type WalletFeature = string | { name: string; maxMessages?: number };

/**
 * How many messages the wallet takes in one transaction, from its declared features: `SendTransaction`'s
 * `maxMessages`; the legacy bare `'SendTransaction'` means 4 (TonConnect's rule); nothing declared, 1.
 */
export function walletMaxMessages(features: readonly WalletFeature[] | undefined): number {
  let legacy = false;
  for (const feature of features ?? []) {
    if (feature === 'SendTransaction') legacy = true;
    else if (typeof feature === 'object' && feature.name === 'SendTransaction' && Number.isFinite(feature.maxMessages)) {
      return Math.max(1, Math.min(MAX_WALLET_MESSAGES, Math.floor(feature.maxMessages ?? 1)));
    }
  }
  return legacy ? 4 : 1;
}
