import * as z from 'zod/mini';
import { pageSchema } from './envelope';
import {
  clientReferenceField,
  paymentCurrencyField,
  paymentMethodField,
  premiumMonthsField,
  starsQuantityField,
  usernameField,
} from './fields';

/**
 * Bulk order jobs: a file of rows becomes a job in the workspace database, and a worker on the dashboard
 * server creates one order per row at the upstream's pace. Only roles with `bulk.run` (owner, operator).
 *
 * Routes (dashboard server, same origin, cookie session, `{ok, data}` envelope):
 *   POST /workspace/bulk/jobs                  createBulkJobSchema → bulkJobSchema. `request_id` is one per intent:
 *                                              sending it again returns the same job, never a second one.
 *                                              Body up to 6 MB (10,000 rows at their longest).
 *   GET  /workspace/bulk/jobs?limit&offset     bulkJobPageSchema, newest first (limit 1..100, default 20)
 *   GET  /workspace/bulk/jobs/:id              bulkJobSchema (progress included; poll it for live progress)
 *   GET  /workspace/bulk/jobs/:id/rows?state&limit&offset
 *                                              bulkRowPageSchema, by row number (limit 1..500, default 100;
 *                                              state: pending | done | failed | cancelled)
 *   GET  /workspace/bulk/jobs/:id/results.csv  the results as CSV (UTF-8 BOM, Excel-safe): row, recipient, product,
 *                                              quantity, months, client_reference, state, order_id, payment_memo,
 *                                              order_status, amount_ton, idempotency_key, error_code, error
 *   POST /workspace/bulk/jobs/:id/pause        bulkJobSchema (running → paused; in-flight rows still finish)
 *   POST /workspace/bulk/jobs/:id/resume       bulkJobSchema (paused → running)
 *   POST /workspace/bulk/jobs/:id/cancel       bulkJobSchema (running | paused → cancelled; rows not yet sent
 *                                              become `cancelled`; orders already created stay)
 * Refusals: 401 signed out, 403 FORBIDDEN without `bulk.run`, 404 NOT_FOUND unknown job, 409 CONFLICT for a
 * transition the job's status does not allow (e.g. resuming a cancelled job), 400 VALIDATION_ERROR.
 */

export const BULK_MAX_ROWS = 10_000;
export const bulkProducts = ['stars', 'premium'] as const;
export type BulkProduct = (typeof bulkProducts)[number];

const starsRow = z.strictObject({
  recipient: usernameField,
  product: z.literal('stars'),
  quantity: starsQuantityField,
  client_reference: clientReferenceField,
});
const premiumRow = z.strictObject({
  recipient: usernameField,
  product: z.literal('premium'),
  months: premiumMonthsField,
  client_reference: clientReferenceField,
});
/** One row as the browser sends it (already parsed from the file): Stars need a quantity, Premium months. */
export const bulkRowInputSchema = z.discriminatedUnion('product', [starsRow, premiumRow]);
export type BulkRowInput = z.input<typeof bulkRowInputSchema>;
export type BulkRow = z.output<typeof bulkRowInputSchema>;

export const bulkRequestIdPattern = /^[A-Za-z0-9_-]{8,64}$/;

export const createBulkJobSchema = z.strictObject({
  /** One per intent (e.g. crypto.randomUUID()), kept across retries of the same submission. */
  request_id: z.string({ error: 'is required' }).check(z.regex(bulkRequestIdPattern, 'must be 8-64 letters, digits, - or _')),
  rows: z
    .array(bulkRowInputSchema, { error: 'must be a list of rows' })
    .check(z.minLength(1, 'must have at least one row'), z.maxLength(BULK_MAX_ROWS, `must have at most ${BULK_MAX_ROWS} rows`)),
  payment_method: paymentMethodField,
  payment_currency: paymentCurrencyField,
  /** The uploaded file's name, shown in the jobs list. */
  file_name: z.optional(z.nullable(z.string().check(z.maxLength(200, 'must be at most 200 characters')))),
});
export type CreateBulkJob = z.input<typeof createBulkJobSchema>;

export const bulkJobStatuses = ['running', 'paused', 'cancelled', 'completed'] as const;
export type BulkJobStatus = (typeof bulkJobStatuses)[number];

export const bulkProgressSchema = z.looseObject({
  total: z.number(),
  /** Rows whose order was created. */
  done: z.number(),
  /** Rows the upstream refused (see each row's error). */
  failed: z.number(),
  /** Rows not finished yet (waiting or in flight). */
  remaining: z.number(),
  /** Rows never sent because the job was cancelled. */
  cancelled: z.number(),
  /** Seconds until the remaining rows are done at the current pace; null when paused, finished or unknown. */
  eta_seconds: z.nullable(z.number()),
  /** The most rows per second the server sends (BULK_RATE_PER_SECOND). */
  rate_per_second: z.number(),
});
export type BulkProgress = z.infer<typeof bulkProgressSchema>;

/** Tolerant: `status` is a plain string so a status added later displays rather than crashing. */
export const bulkJobSchema = z.looseObject({
  id: z.string(),
  status: z.string(),
  payment_method: z.string(),
  payment_currency: z.string(),
  file_name: z.nullable(z.string()),
  created_at: z.string(),
  created_by: z.looseObject({ member_id: z.string(), name: z.string() }),
  updated_at: z.string(),
  finished_at: z.nullable(z.string()),
  /** Why the server paused a running job by itself: `key_refused` (the upstream refused the workspace key; the owner replaces it, then resume). */
  paused_reason: z.optional(z.nullable(z.string())),
  progress: bulkProgressSchema,
});
export type BulkJob = z.infer<typeof bulkJobSchema>;
export const bulkJobPageSchema = pageSchema(bulkJobSchema);

export const bulkRowStates = ['pending', 'done', 'failed', 'cancelled'] as const;
export type BulkRowState = (typeof bulkRowStates)[number];

/** One row's outcome. Order fields are set once its order exists (`done`). */
export const bulkRowResultSchema = z.looseObject({
  /** 1-based position in the job (the order the rows were sent in). */
  row: z.number(),
  recipient: z.string(),
  product: z.string(),
  quantity: z.nullable(z.number()),
  months: z.nullable(z.number()),
  client_reference: z.nullable(z.string()),
  state: z.string(),
  /** The Idempotency-Key this row's create is sent with (see bulkIdempotencyKey). */
  idempotency_key: z.string(),
  attempts: z.number(),
  order_id: z.nullable(z.number()),
  payment_memo: z.nullable(z.string()),
  payment_address: z.nullable(z.string()),
  /** The order's price in nanotons (exact, a decimal string). */
  amount_nano: z.nullable(z.string()),
  /** The order's status when it was created (it moves on: read the order for the live one). */
  order_status: z.nullable(z.string()),
  expires_at: z.nullable(z.string()),
  /**
   * The upstream's error code (VALIDATION_ERROR, RECIPIENT_UNAVAILABLE, INSUFFICIENT_BALANCE, …) for a failed
   * row; on a pending row, the last passing trouble it is being retried for (RATE_LIMITED, SERVICE_UNAVAILABLE…).
   */
  error_code: z.nullable(z.string()),
  /** A sentence saying why. */
  error: z.nullable(z.string()),
});
export type BulkRowResult = z.infer<typeof bulkRowResultSchema>;
export const bulkRowPageSchema = pageSchema(bulkRowResultSchema);

export const bulkJobQuerySchema = z.strictObject({
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100))),
  offset: z.optional(z.coerce.number().check(z.int(), z.minimum(0))),
});
export const bulkRowQuerySchema = z.strictObject({
  state: z.optional(z.enum(bulkRowStates)),
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(500))),
  offset: z.optional(z.coerce.number().check(z.int(), z.minimum(0))),
});

/**
 * The Idempotency-Key of a job's row: stable for the job and row, so every attempt — a retry, the job
 * resumed after a restart, another instance — sends the same key and the upstream creates the order once.
 */
export function bulkIdempotencyKey(jobId: string, row: number): string {
  if (!bulkJobIdPattern.test(jobId)) throw new Error(`not a bulk job id: ${jobId}`);
  if (!Number.isInteger(row) || row < 1 || row > BULK_MAX_ROWS) throw new Error(`not a row number: ${row}`);
  return `bulk:${jobId}:${row}`;
}
/** Job ids are random (UUID v4), so keys of two workspaces sharing a partner key never meet. */
export const bulkJobIdPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
