import { type Order, tonToNano } from '@contract';

/** The longest validity wallets accept for a request (some refuse more than 10 minutes). */
export const MAX_VALIDITY_SECONDS = 600;

/** `validUntil` in seconds: the order's expiry or now + 10 min, whichever comes first. */
export function validUntilSeconds(expiresAt: string | null, nowMs: number): number {
  const cap = nowMs + MAX_VALIDITY_SECONDS * 1000;
  const expiry = expiresAt ? Date.parse(expiresAt) : Number.NaN;
  return Math.floor((Number.isNaN(expiry) ? cap : Math.min(expiry, cap)) / 1000);
}

export function isPayable(order: Order, nowMs: number): boolean {
  return order.status === 'pending_payment' && Date.parse(order.expires_at) > nowMs;
}

/** What paying an order means, before encoding: exact nanotons, the memo as the comment. */
export interface PlannedTransfer {
  address: string;
  amountNano: string;
  comment: string | null;
}

export function orderTransfer(order: Order, nowMs: number): PlannedTransfer {
  if (!isPayable(order, nowMs)) throw new RangeError(`order ${order.id} cannot be paid (${order.status})`);
  return { address: order.payment_address, amountNano: tonToNano(order.price_ton).toString(), comment: order.payment_memo };
}

/** `ton://transfer/<address>?amount=<nanotons>&text=<memo>` for wallets without TonConnect. */
export function tonTransferLink(transfer: PlannedTransfer): string {
  const query = new URLSearchParams({ amount: transfer.amountNano });
  if (transfer.comment) query.set('text', transfer.comment);
  return `ton://transfer/${transfer.address}?${query.toString().replace(/\+/g, '%20')}`;
}

export const MAX_TOPUP_TON = 1_000_000;

/** Why a typed amount is refused; the panel says it in the partner's language. */
export type TonAmountError = 'empty' | 'format' | 'decimals' | 'positive' | 'tooMuch';

/** Parses what a partner typed as a top-up amount into exact nanotons, or says what is wrong. */
export function parseTonAmount(text: string): { ok: true; nano: bigint } | { ok: false; error: TonAmountError } {
  const value = text.trim().replace(',', '.');
  if (value === '') return { ok: false, error: 'empty' };
  if (!/^\d+(\.\d+)?$/.test(value)) return { ok: false, error: 'format' };
  if ((value.split('.')[1] ?? '').replace(/0+$/, '').length > 9) return { ok: false, error: 'decimals' };
  const nano = tonToNano(value);
  if (nano <= 0n) return { ok: false, error: 'positive' };
  if (nano > BigInt(MAX_TOPUP_TON) * 1_000_000_000n) return { ok: false, error: 'tooMuch' };
  return { ok: true, nano };
}
