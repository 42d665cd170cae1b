import type { BulkRowResult, BulkRowState } from '../../../contract/bulk';
import { bulkIdempotencyKey } from '../../../contract/bulk';
import type { Dialect, WorkspaceDb } from '../db/connect';
import type { BulkRowRow } from '../db/schema';

type StoredRow = Omit<BulkRowRow, 'attempts' | 'next_attempt_at'> & { attempts: number; next_attempt_at: number };

/** A row a worker holds the lease of, with what it needs to send the create. */
export interface ClaimedRow {
  jobId: string;
  row: number;
  recipient: string;
  product: string;
  quantity: number | null;
  months: number | null;
  clientReference: string | null;
  paymentMethod: string;
  paymentCurrency: string;
  createdBy: { id: string; name: string };
  attempts: number;
}

export type RowOutcome =
  | {
      kind: 'done';
      order: {
        id: number;
        payment_memo: string;
        payment_address: string;
        amount_nano: string;
        status: string;
        expires_at: string;
      };
    }
  | { kind: 'failed'; code: string; message: string }
  /** Not finished: sent again after `delayMs` (rate limit, upstream trouble); the trouble is kept on the row. */
  | { kind: 'retry'; delayMs: number; code: string; message: string };

/**
 * The rows of bulk jobs: claiming one with a lease (a compare-and-set on SQLite, `FOR UPDATE SKIP LOCKED`
 * on PostgreSQL, so two workers never hold the same row), recording its outcome only while the lease is
 * still ours, and reading results. A lease that outlives its worker (kill -9) expires and the row is
 * claimed again — with the same Idempotency-Key, so the upstream answers with the order it already made.
 */
export function bulkRowStore(db: WorkspaceDb, dialect: Dialect, now: () => number) {
  return {
    async claim(jobId: string, owner: string, leaseMs: number): Promise<ClaimedRow | undefined> {
      const at = now();
      const claimable = db
        .selectFrom('bulk_rows')
        .select('row')
        .where('job_id', '=', jobId)
        .where('state', '=', 'pending')
        .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', at)]))
        .where('next_attempt_at', '<=', at)
        .orderBy('row')
        .limit(1);
      const row = await db
        .updateTable('bulk_rows')
        .set((eb) => ({ lease_owner: owner, lease_until: at + leaseMs, attempts: eb('attempts', '+', 1) }))
        .where('job_id', '=', jobId)
        // `=` a scalar subquery: evaluated once (an InitPlan). With `in`, PostgreSQL may run it again per row
        // scanned, and one statement then leases every row of the job.
        .where('row', '=', dialect === 'postgres' ? claimable.forUpdate().skipLocked() : claimable)
        // the same conditions again: on SQLite this statement is the compare-and-set itself
        .where('state', '=', 'pending')
        .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', at)]))
        .where(({ exists, selectFrom }) =>
          exists(
            selectFrom('bulk_jobs').select('id').where('bulk_jobs.id', '=', jobId).where('bulk_jobs.status', '=', 'running'),
          ),
        )
        .returningAll()
        .executeTakeFirst();
      if (!row) return undefined;
      const job = await db
        .selectFrom('bulk_jobs')
        .select(['payment_method', 'payment_currency', 'created_by', 'created_by_name'])
        .where('id', '=', jobId)
        .executeTakeFirstOrThrow();
      return {
        jobId,
        row: row.row,
        recipient: row.recipient,
        product: row.product,
        quantity: row.quantity,
        months: row.months,
        clientReference: row.client_reference,
        paymentMethod: job.payment_method,
        paymentCurrency: job.payment_currency,
        createdBy: { id: job.created_by, name: job.created_by_name },
        attempts: row.attempts,
      };
    },
    /** Records the outcome if `owner` still holds the lease; false when it was lost (the row is someone else's now). */
    async finish(claimed: ClaimedRow, owner: string, outcome: RowOutcome): Promise<boolean> {
      const at = now();
      const release = { lease_owner: null, lease_until: null };
      const values =
        outcome.kind === 'done'
          ? {
              ...release,
              state: 'done' satisfies BulkRowState,
              order_id: outcome.order.id,
              payment_memo: outcome.order.payment_memo,
              payment_address: outcome.order.payment_address,
              amount_nano: outcome.order.amount_nano,
              order_status: outcome.order.status,
              expires_at: outcome.order.expires_at,
              error_code: null,
              error: null,
              finished_at: at,
              finished_by: owner,
            }
          : outcome.kind === 'failed'
            ? {
                ...release,
                state: 'failed' satisfies BulkRowState,
                error_code: outcome.code,
                error: outcome.message,
                finished_at: at,
                finished_by: owner,
              }
            : { ...release, next_attempt_at: at + outcome.delayMs, error_code: outcome.code, error: outcome.message };
      const result = await db
        .updateTable('bulk_rows')
        .set(values)
        .where('job_id', '=', claimed.jobId)
        .where('row', '=', claimed.row)
        .where('lease_owner', '=', owner)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    async page(jobId: string, state: BulkRowState | undefined, limit: number, offset: number) {
      let query = db.selectFrom('bulk_rows').where('job_id', '=', jobId);
      if (state) query = query.where('state', '=', state);
      const [rows, count] = await Promise.all([
        query.selectAll().orderBy('row').limit(limit).offset(offset).execute(),
        query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(toResult), total: Number(count.n) };
    },
    /** Every row of a job in order, read in pages so a 10,000-row job never sits in memory at once. */
    async *stream(jobId: string, pageSize = 1000): AsyncGenerator<BulkRowResult> {
      for (let after = 0; ; ) {
        const rows = await db
          .selectFrom('bulk_rows')
          .selectAll()
          .where('job_id', '=', jobId)
          .where('row', '>', after)
          .orderBy('row')
          .limit(pageSize)
          .execute();
        for (const row of rows) yield toResult(row);
        const last = rows.at(-1);
        if (!last || rows.length < pageSize) return;
        after = last.row;
      }
    },
  };
}
export type BulkRowStore = ReturnType<typeof bulkRowStore>;

function toResult(row: StoredRow): BulkRowResult {
  return {
    row: row.row,
    recipient: row.recipient,
    product: row.product,
    quantity: row.quantity,
    months: row.months,
    client_reference: row.client_reference,
    state: row.state,
    idempotency_key: bulkIdempotencyKey(row.job_id, row.row),
    attempts: row.attempts,
    order_id: row.order_id,
    payment_memo: row.payment_memo,
    payment_address: row.payment_address,
    amount_nano: row.amount_nano,
    order_status: row.order_status,
    expires_at: row.expires_at,
    error_code: row.error_code,
    error: row.error,
  };
}
