import { type BalanceTransaction, nanoToTon, type Order, tonToNano } from '@contract';
import type { MessageId } from '@/locales/compiled/message-id';
import type { Column } from './csv';

/** Exact TON amount as text ("0.418"), never a rounded float. */
function ton(value: number): string {
  return nanoToTon(tonToNano(value));
}

const text = (value: string | number | null | undefined) => (value === null || value === undefined ? '' : String(value));

/**
 * A column of an export. Our choice: the FILE's header keeps the API's stable field names (`created_at`,
 * `price_ton`…) in every language, so scripts and spreadsheet imports that read it never break when a
 * partner switches language; the DIALOG shows `label`, a human, translated name for each of them.
 */
export interface ExportColumn<T> extends Column<T> {
  label: MessageId;
}

export const orderColumns: ExportColumn<Order>[] = [
  { key: 'id', label: 'export.column.orderId', value: (o) => String(o.id) },
  { key: 'created_at', label: 'export.column.createdAt', value: (o) => o.created_at },
  { key: 'status', label: 'export.column.status', value: (o) => o.status },
  { key: 'order_type', label: 'export.column.orderType', value: (o) => o.order_type },
  { key: 'stars_amount', label: 'export.column.stars', value: (o) => text(o.stars_amount) },
  { key: 'premium_months', label: 'export.column.premiumMonths', value: (o) => text(o.premium_months) },
  { key: 'recipient_username', label: 'export.column.recipient', value: (o) => o.recipient_username },
  { key: 'price_ton', label: 'export.column.price', value: (o) => ton(o.price_ton) },
  { key: 'payment_method', label: 'export.column.paymentMethod', value: (o) => text(o.payment_method) },
  { key: 'payment_memo', label: 'export.column.paymentMemo', value: (o) => o.payment_memo },
  { key: 'client_reference', label: 'export.column.clientReference', value: (o) => text(o.client_reference) },
  { key: 'expires_at', label: 'export.column.expiresAt', value: (o) => o.expires_at },
  { key: 'paid_at', label: 'export.column.paidAt', value: (o) => text(o.paid_at) },
  { key: 'completed_at', label: 'export.column.completedAt', value: (o) => text(o.completed_at) },
  { key: 'payment_tx_hash', label: 'export.column.paymentTx', value: (o) => text(o.payment_tx_hash) },
  { key: 'failure_reason', label: 'export.column.failureReason', value: (o) => text(o.failure_reason) },
];

export const transactionColumns: ExportColumn<BalanceTransaction>[] = [
  { key: 'id', label: 'export.column.transactionId', value: (t) => String(t.id) },
  { key: 'created_at', label: 'export.column.createdAt', value: (t) => t.created_at },
  { key: 'type', label: 'export.column.transactionType', value: (t) => t.type },
  { key: 'amount_ton', label: 'export.column.amount', value: (t) => ton(t.amount_ton) },
  { key: 'balance_after_ton', label: 'export.column.balanceAfter', value: (t) => ton(t.balance_after_ton) },
  { key: 'order_id', label: 'export.column.orderId', value: (t) => text(t.order_id) },
  { key: 'tx_hash', label: 'export.column.chainTx', value: (t) => text(t.tx_hash) },
];
