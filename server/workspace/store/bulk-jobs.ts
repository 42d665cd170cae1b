import { randomUUID } from 'node:crypto';
import type { BulkJob, BulkJobStatus, BulkProgress, BulkRow } from '../../../contract/bulk';
import type { WorkspaceDb } from '../db/connect';
import type { BulkJobRow } from '../db/schema';

const INSERT_CHUNK = 500;
/** How far back the observed pace is measured for the ETA. */
const PACE_WINDOW_MS = 30_000;

export interface NewBulkJob {
  requestId: string;
  rows: readonly BulkRow[];
  paymentMethod: string;
  paymentCurrency: string;
  fileName: string | null;
  by: { id: string; name: string };
}

/**
 * Bulk jobs: creating one with all its rows, reading them with their progress, and the status changes
 * (pause, resume, cancel, completion), each a compare-and-set on the current status so two instances
 * (or a click racing the worker) cannot both win.
 */
export function bulkJobStore(db: WorkspaceDb, now: () => number) {
  const get = (id: string) => db.selectFrom('bulk_jobs').selectAll().where('id', '=', id).executeTakeFirst();
  const byRequest = (requestId: string) =>
    db.selectFrom('bulk_jobs').selectAll().where('request_id', '=', requestId).executeTakeFirst();

  async function insert(job: NewBulkJob): Promise<BulkJobRow> {
    return db.transaction().execute(async (trx) => {
      const at = now();
      const row: BulkJobRow = {
        id: randomUUID(),
        request_id: job.requestId,
        status: 'running' satisfies BulkJobStatus,
        paused_reason: null,
        payment_method: job.paymentMethod,
        payment_currency: job.paymentCurrency,
        file_name: job.fileName,
        total: job.rows.length,
        created_by: job.by.id,
        created_by_name: job.by.name,
        created_at: at,
        updated_at: at,
        finished_at: null,
      };
      await trx.insertInto('bulk_jobs').values(row).execute();
      for (let start = 0; start < job.rows.length; start += INSERT_CHUNK) {
        const chunk = job.rows.slice(start, start + INSERT_CHUNK).map((input, index) => ({
          job_id: row.id,
          row: start + index + 1,
          recipient: input.recipient,
          product: input.product,
          quantity: input.product === 'stars' ? input.quantity : null,
          months: input.product === 'premium' ? input.months : null,
          client_reference: input.client_reference ?? null,
          state: 'pending',
        }));
        await trx.insertInto('bulk_rows').values(chunk).execute();
      }
      return row;
    });
  }

  return {
    get,
    /** A new job, or the one this request id already made (a retried submission never makes a second job). */
    async create(job: NewBulkJob): Promise<{ job: BulkJobRow; created: boolean }> {
      const existing = await byRequest(job.requestId);
      if (existing) return { job: existing, created: false };
      try {
        return { job: await insert(job), created: true };
      } catch (error) {
        const raced = await byRequest(job.requestId); // the same submission, a moment earlier on another instance
        if (raced) return { job: raced, created: false };
        throw error;
      }
    },
    async page(limit: number, offset: number): Promise<{ items: BulkJobRow[]; total: number }> {
      const [items, count] = await Promise.all([
        db.selectFrom('bulk_jobs').selectAll().orderBy('created_at', 'desc').orderBy('id').limit(limit).offset(offset).execute(),
        db
          .selectFrom('bulk_jobs')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow(),
      ]);
      return { items, total: Number(count.n) };
    },
    /** Jobs a worker may take rows from, oldest first. */
    async running(): Promise<string[]> {
      const rows = await db.selectFrom('bulk_jobs').select('id').where('status', '=', 'running').orderBy('created_at').execute();
      return rows.map((row) => row.id);
    },
    /**
     * Moves a job from one of `from` to `to`; undefined when its status was not one of them (someone else
     * moved it first). Cancelling also cancels every row not finished yet: a row in flight keeps its lease,
     * and its outcome is still recorded (an order the upstream created is never hidden).
     */
    async transition(id: string, from: readonly BulkJobStatus[], to: BulkJobStatus, reason: string | null = null) {
      return db.transaction().execute(async (trx) => {
        const at = now();
        const finished = to === 'cancelled' || to === 'completed' ? at : null;
        const moved = await trx
          .updateTable('bulk_jobs')
          .set({ status: to, paused_reason: to === 'paused' ? reason : null, updated_at: at, finished_at: finished })
          .where('id', '=', id)
          .where('status', 'in', [...from])
          .returningAll()
          .executeTakeFirst();
        if (moved && to === 'cancelled') {
          await trx
            .updateTable('bulk_rows')
            .set({ state: 'cancelled', finished_at: at })
            .where('job_id', '=', id)
            .where('state', '=', 'pending')
            .execute();
        }
        return moved;
      });
    },
    /** A running job with no pending row left is completed (once, whichever worker finishes last). */
    async completeIfDone(id: string): Promise<boolean> {
      const at = now();
      const result = await db
        .updateTable('bulk_jobs')
        .set({ status: 'completed', updated_at: at, finished_at: at })
        .where('id', '=', id)
        .where('status', '=', 'running')
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('bulk_rows').select('row').where('bulk_rows.job_id', '=', id).where('bulk_rows.state', '=', 'pending'),
            ),
          ),
        )
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    async progress(job: BulkJobRow, ratePerSecond: number): Promise<BulkProgress> {
      const counts = await db
        .selectFrom('bulk_rows')
        .select(['state', (eb) => eb.fn.countAll().as('n')])
        .where('job_id', '=', job.id)
        .groupBy('state')
        .execute();
      const count = (state: string) => Number(counts.find((row) => row.state === state)?.n ?? 0);
      const remaining = count('pending');
      return {
        total: job.total,
        done: count('done'),
        failed: count('failed'),
        remaining,
        cancelled: count('cancelled'),
        eta_seconds: job.status === 'running' && remaining > 0 ? await eta(job, remaining, ratePerSecond) : null,
        rate_per_second: ratePerSecond,
      };
    },
  };

  /** Remaining rows at the pace observed lately (never faster than the configured rate). */
  async function eta(job: BulkJobRow, remaining: number, ratePerSecond: number): Promise<number> {
    const at = now();
    const since = Math.max(at - PACE_WINDOW_MS, job.updated_at);
    const recent = await db
      .selectFrom('bulk_rows')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('job_id', '=', job.id)
      .where('finished_at', '>=', since)
      .executeTakeFirstOrThrow();
    const window = (at - since) / 1000;
    const observed = window >= 2 ? Number(recent.n) / window : 0;
    const pace = observed > 0 ? Math.min(observed, ratePerSecond) : ratePerSecond;
    return Math.ceil(remaining / Math.max(pace, 0.001));
  }
}
export type BulkJobStore = ReturnType<typeof bulkJobStore>;

export function toBulkJob(row: BulkJobRow, progress: BulkProgress): BulkJob {
  const iso = (ms: number) => new Date(ms).toISOString();
  return {
    id: row.id,
    status: row.status,
    payment_method: row.payment_method,
    payment_currency: row.payment_currency,
    file_name: row.file_name,
    created_at: iso(row.created_at),
    created_by: { member_id: row.created_by, name: row.created_by_name },
    updated_at: iso(row.updated_at),
    finished_at: row.finished_at === null ? null : iso(row.finished_at),
    paused_reason: row.paused_reason,
    progress,
  };
}
