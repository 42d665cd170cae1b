import * as z from 'zod/mini';
import type { BalanceTransaction } from './balance';
import { nanoToTon, tonToNano } from './money';
import { type Order, orderStatuses, orderTypes } from './orders';
import { balanceTransactionTypes } from './query';

/**
 * CSV exports, written by the dashboard server as the upstream's pages arrive and downloaded by the browser
 * as a plain file: what the browser asks for (`POST /workspace/exports`), how it follows the run
 * (`GET /workspace/exports/{id}`), and the columns both sides know — the browser shows their human names,
 * the server writes their cells. The file's header keeps the API's field names in every language, so
 * scripts and spreadsheet imports that read it never break when a partner switches language.
 */

/** Exact TON amount as text ("0.418"), never a rounded float. */
const ton = (value: number) => nanoToTon(tonToNano(value));
const text = (value: string | number | null | undefined) => (value === null || value === undefined ? '' : String(value));

export const orderExportCells = {
  id: (o: Order) => String(o.id),
  created_at: (o: Order) => o.created_at,
  status: (o: Order) => o.status,
  order_type: (o: Order) => o.order_type,
  stars_amount: (o: Order) => text(o.stars_amount),
  premium_months: (o: Order) => text(o.premium_months),
  recipient_username: (o: Order) => o.recipient_username,
  price_ton: (o: Order) => ton(o.price_ton),
  payment_method: (o: Order) => text(o.payment_method),
  payment_memo: (o: Order) => o.payment_memo,
  client_reference: (o: Order) => text(o.client_reference),
  expires_at: (o: Order) => o.expires_at,
  paid_at: (o: Order) => text(o.paid_at),
  completed_at: (o: Order) => text(o.completed_at),
  payment_tx_hash: (o: Order) => text(o.payment_tx_hash),
  failure_reason: (o: Order) => text(o.failure_reason),
};
export type OrderExportKey = keyof typeof orderExportCells;

export const transactionExportCells = {
  id: (t: BalanceTransaction) => String(t.id),
  created_at: (t: BalanceTransaction) => t.created_at,
  type: (t: BalanceTransaction) => t.type,
  amount_ton: (t: BalanceTransaction) => ton(t.amount_ton),
  balance_after_ton: (t: BalanceTransaction) => ton(t.balance_after_ton),
  order_id: (t: BalanceTransaction) => text(t.order_id),
  tx_hash: (t: BalanceTransaction) => text(t.tx_hash),
};
export type TransactionExportKey = keyof typeof transactionExportCells;

/** The columns in file order (object keys keep their written order). */
export const ORDER_EXPORT_KEYS = keysOf(orderExportCells);
export const TRANSACTION_EXPORT_KEYS = keysOf(transactionExportCells);

function keysOf<T extends Record<string, unknown>>(cells: T): [keyof T & string, ...(keyof T & string)[]] {
  const keys = Object.keys(cells).filter((key): key is keyof T & string => key in cells);
  const [first, ...rest] = keys;
  if (first === undefined) throw new Error('an export needs columns');
  return [first, ...rest];
}

/** At least one column, each at most once. */
function columnsOf<K extends string>(keys: readonly [K, ...K[]]) {
  return z.array(z.enum(keys)).check(
    z.minLength(1, 'choose at least one column'),
    z.refine((chosen) => new Set(chosen).size === chosen.length, 'a column may be chosen once'),
  );
}

/** What the server sends as `Content-Disposition`'s file name: the browser's words, in safe characters. */
const fileNameField = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_.@-]{0,240}\.csv$/, 'must be a plain .csv file name'));
const filterText = (max: number) => z.optional(z.string().check(z.minLength(1), z.maxLength(max)));

/** The orders list's filters in the API's own query names (`orderListQuery` in the browser builds them). */
export const orderExportFiltersSchema = z.strictObject({
  status: z.optional(z.enum(orderStatuses)),
  order_type: z.optional(z.enum(orderTypes)),
  created_from: filterText(40),
  created_to: filterText(40),
  recipient: filterText(64),
});
export type OrderExportFilters = z.infer<typeof orderExportFiltersSchema>;

export const exportRequestSchema = z.discriminatedUnion('source', [
  z.strictObject({
    source: z.literal('orders'),
    filters: orderExportFiltersSchema,
    columns: columnsOf(ORDER_EXPORT_KEYS),
    file_name: fileNameField,
  }),
  z.strictObject({
    source: z.literal('reference'),
    reference: z.string().check(z.minLength(1), z.maxLength(128)),
    columns: columnsOf(ORDER_EXPORT_KEYS),
    file_name: fileNameField,
  }),
  z.strictObject({
    source: z.literal('transactions'),
    type: z.optional(z.enum(balanceTransactionTypes)),
    columns: columnsOf(TRANSACTION_EXPORT_KEYS),
    file_name: fileNameField,
  }),
]);
export type ExportRequest = z.infer<typeof exportRequestSchema>;

/**
 * `ready` until the browser asks for the file, `running` while rows are written, then `done` (every row
 * sent), `failed` (the file was cut off on purpose: the browser marks the download failed) or `cancelled`.
 */
export const EXPORT_STATES = ['ready', 'running', 'done', 'failed', 'cancelled'] as const;
export type ExportState = (typeof EXPORT_STATES)[number];

export const exportRunSchema = z.looseObject({
  id: z.string(),
  state: z.enum(EXPORT_STATES),
  rows: z.number(),
  /** Rows the upstream said the export holds, once its first page arrived. */
  total: z.nullable(z.number()),
  /** Why it failed (null unless `failed`): one of the contract's error codes and the words behind it. */
  error: z.nullable(z.looseObject({ code: z.string(), message: z.string() })),
  file_name: z.string(),
  /** Where the browser downloads the file (same origin; the session's cookie is all it needs). */
  url: z.string(),
});
export type ExportRun = z.infer<typeof exportRunSchema>;
