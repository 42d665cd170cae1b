import { type BalanceTransaction, nanoToTon, type Order, tonToNano } from '@contract';
import type { Column } from './csv';

/** Exact TON amount as text ("0.418"), never a rounded float. */
function ton(value: number): string {
  return nanoToTon(tonToNano(value));
}

const text = (value: string | number | null | undefined) => (value === null || value === undefined ? '' : String(value));

export const orderColumns: Column<Order>[] = [
  { key: 'id', label: 'id', value: (o) => String(o.id) },
  { key: 'created_at', label: 'created_at', value: (o) => o.created_at },
  { key: 'status', label: 'status', value: (o) => o.status },
  { key: 'order_type', label: 'order_type', value: (o) => o.order_type },
  { key: 'stars_amount', label: 'stars_amount', value: (o) => text(o.stars_amount) },
  { key: 'premium_months', label: 'premium_months', value: (o) => text(o.premium_months) },
  { key: 'recipient_username', label: 'recipient_username', value: (o) => o.recipient_username },
  { key: 'price_ton', label: 'price_ton', value: (o) => ton(o.price_ton) },
  { key: 'payment_method', label: 'payment_method', value: (o) => text(o.payment_method) },
  { key: 'payment_memo', label: 'payment_memo', value: (o) => o.payment_memo },
  { key: 'client_reference', label: 'client_reference', value: (o) => text(o.client_reference) },
  { key: 'expires_at', label: 'expires_at', value: (o) => o.expires_at },
  { key: 'paid_at', label: 'paid_at', value: (o) => text(o.paid_at) },
  { key: 'completed_at', label: 'completed_at', value: (o) => text(o.completed_at) },
  { key: 'payment_tx_hash', label: 'payment_tx_hash', value: (o) => text(o.payment_tx_hash) },
  { key: 'failure_reason', label: 'failure_reason', value: (o) => text(o.failure_reason) },
];

export const transactionColumns: Column<BalanceTransaction>[] = [
  { key: 'id', label: 'id', value: (t) => String(t.id) },
  { key: 'created_at', label: 'created_at', value: (t) => t.created_at },
  { key: 'type', label: 'type', value: (t) => t.type },
  { key: 'amount_ton', label: 'amount_ton', value: (t) => ton(t.amount_ton) },
  { key: 'balance_after_ton', label: 'balance_after_ton', value: (t) => ton(t.balance_after_ton) },
  { key: 'order_id', label: 'order_id', value: (t) => text(t.order_id) },
  { key: 'tx_hash', label: 'tx_hash', value: (t) => text(t.tx_hash) },
];
