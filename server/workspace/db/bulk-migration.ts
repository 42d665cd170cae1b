import { type Kysely, sql } from 'kysely';

/**
 * Bulk order jobs (migration 003): a job, its rows, and one pace row the workers of every instance share
 * so that together they never send faster than the configured rate. A row is claimed with a lease
 * (`lease_owner`, `lease_until`): a worker that dies leaves a lease that simply expires.
 */
export async function bulkJobTables(db: Kysely<unknown>): Promise<void> {
  const ms = 'bigint';
  await db.schema
    .createTable('bulk_jobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('paused_reason', 'text')
    .addColumn('payment_method', 'text', (c) => c.notNull())
    .addColumn('payment_currency', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text')
    .addColumn('total', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_by_name', 'text', (c) => c.notNull())
    .addColumn('created_at', ms, (c) => c.notNull())
    .addColumn('updated_at', ms, (c) => c.notNull())
    .addColumn('finished_at', ms)
    .execute();
  await db.schema.createIndex('bulk_jobs_status').on('bulk_jobs').columns(['status', 'created_at']).execute();
  await db.schema.createIndex('bulk_jobs_created').on('bulk_jobs').column('created_at').execute();
  await db.schema
    .createTable('bulk_rows')
    .addColumn('job_id', 'text', (c) => c.notNull().references('bulk_jobs.id').onDelete('cascade'))
    .addColumn('row', 'integer', (c) => c.notNull())
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('product', 'text', (c) => c.notNull())
    .addColumn('quantity', 'integer')
    .addColumn('months', 'integer')
    .addColumn('client_reference', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', ms, (c) => c.notNull().defaultTo(0))
    .addColumn('lease_owner', 'text')
    .addColumn('lease_until', ms)
    .addColumn('order_id', 'bigint')
    .addColumn('payment_memo', 'text')
    .addColumn('payment_address', 'text')
    .addColumn('amount_nano', 'text')
    .addColumn('order_status', 'text')
    .addColumn('expires_at', 'text')
    .addColumn('error_code', 'text')
    .addColumn('error', 'text')
    .addColumn('finished_at', ms)
    .addColumn('finished_by', 'text')
    .addPrimaryKeyConstraint('bulk_rows_pk', ['job_id', 'row'])
    .execute();
  await db.schema.createIndex('bulk_rows_state').on('bulk_rows').columns(['job_id', 'state', 'row']).execute();
  await db.schema.createIndex('bulk_rows_finished').on('bulk_rows').columns(['job_id', 'finished_at']).execute();
  await db.schema
    .createTable('bulk_pace')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('next_at', ms, (c) => c.notNull())
    .execute();
  await sql`INSERT INTO bulk_pace (id, next_at) VALUES (1, 0)`.execute(db);
}
