import {
  ORDER_EXPORT_KEYS,
  type OrderExportKey,
  TRANSACTION_EXPORT_KEYS,
  type TransactionExportKey,
} from '@contract/export-cells';
import type { MessageId } from '@/locales/compiled/message-id';

/**
 * A column of an export. The FILE's header keeps the API's stable field names (`created_at`, `price_ton`…)
 * in every language, so scripts and spreadsheet imports that read it never break when a partner switches
 * language; the DIALOG shows `label`, a human, translated name for each. The server writes the cells
 * (`contract/export.ts`); the browser only chooses which.
 */
export interface ExportColumn<K extends string = string> {
  key: K;
  label: MessageId;
}

const orderLabels: Record<OrderExportKey, MessageId> = {
  id: 'export.column.orderId',
  created_at: 'export.column.createdAt',
  status: 'export.column.status',
  order_type: 'export.column.orderType',
  stars_amount: 'export.column.stars',
  premium_months: 'export.column.premiumMonths',
  recipient_username: 'export.column.recipient',
  price_ton: 'export.column.price',
  payment_method: 'export.column.paymentMethod',
  payment_memo: 'export.column.paymentMemo',
  client_reference: 'export.column.clientReference',
  expires_at: 'export.column.expiresAt',
  paid_at: 'export.column.paidAt',
  completed_at: 'export.column.completedAt',
  payment_tx_hash: 'export.column.paymentTx',
  failure_reason: 'export.column.failureReason',
};

const transactionLabels: Record<TransactionExportKey, MessageId> = {
  id: 'export.column.transactionId',
  created_at: 'export.column.createdAt',
  type: 'export.column.transactionType',
  amount_ton: 'export.column.amount',
  balance_after_ton: 'export.column.balanceAfter',
  order_id: 'export.column.orderId',
  tx_hash: 'export.column.chainTx',
};

export const orderColumns: ExportColumn<OrderExportKey>[] = ORDER_EXPORT_KEYS.map((key) => ({ key, label: orderLabels[key] }));
export const transactionColumns: ExportColumn<TransactionExportKey>[] = TRANSACTION_EXPORT_KEYS.map((key) => ({
  key,
  label: transactionLabels[key],
}));
