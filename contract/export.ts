import * as z from 'zod/mini';
import { ORDER_EXPORT_KEYS, TRANSACTION_EXPORT_KEYS } from './export-cells';
import { orderStatuses, orderTypes } from './orders';
import { balanceTransactionTypes } from './query';

/**
 * CSV exports, written by the dashboard server as the upstream's pages arrive and downloaded by the browser
 * as a plain file: what the browser asks for (`POST /workspace/exports`), how it follows the run
 * (`GET /workspace/exports/{id}`), and the columns both sides know — the browser shows their human names,
 * the server writes their cells. The file's header keeps the API's field names in every language, so
 * scripts and spreadsheet imports that read it never break when a partner switches language.
 */

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
