import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';
import { bulkJobTables } from './bulk-migration';
import type { Dialect, WorkspaceTables } from './schema';

/**
 * The same migrations on SQLite and PostgreSQL; where the dialects differ (auto-increment, the triggers
 * that keep the audit log append-only) the migration says so.
 */
function migrations(dialect: Dialect): Record<string, Migration> {
  return {
    '001_workspace': {
      async up(db: Kysely<unknown>) {
        const ms = 'bigint';
        await db.schema
          .createTable('workspace')
          .addColumn('id', 'integer', (c) => c.primaryKey())
          .addColumn('key_sealed', 'text')
          .addColumn('key_last4', 'text')
          .addColumn('key_updated_at', ms)
          .addColumn('key_updated_by', 'text')
          .addColumn('two_factor_required', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('created_at', ms, (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('members')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('email', 'text', (c) => c.notNull().unique())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('role', 'text', (c) => c.notNull())
          .addColumn('password_hash', 'text', (c) => c.notNull())
          .addColumn('totp_sealed', 'text')
          .addColumn('totp_pending', 'text')
          .addColumn('created_at', ms, (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('sessions')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('token_hash', 'text', (c) => c.notNull().unique())
          .addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
          .addColumn('created_at', ms, (c) => c.notNull())
          .addColumn('last_seen_at', ms, (c) => c.notNull())
          .addColumn('user_agent', 'text', (c) => c.notNull())
          .addColumn('address', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('sessions_member').on('sessions').column('member_id').execute();
        await db.schema
          .createTable('invites')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('token_hash', 'text', (c) => c.notNull().unique())
          .addColumn('role', 'text', (c) => c.notNull())
          .addColumn('created_by', 'text', (c) => c.notNull())
          .addColumn('created_by_name', 'text', (c) => c.notNull())
          .addColumn('created_at', ms, (c) => c.notNull())
          .addColumn('expires_at', ms, (c) => c.notNull())
          .addColumn('used_at', ms)
          .addColumn('revoked_at', ms)
          .execute();
        await db.schema
          .createTable('audit_log')
          .addColumn('seq', dialect === 'postgres' ? 'bigserial' : 'integer', (c) =>
            dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
          )
          .addColumn('at', ms, (c) => c.notNull())
          .addColumn('member_id', 'text')
          .addColumn('member_name', 'text')
          .addColumn('action', 'text', (c) => c.notNull())
          .addColumn('detail', 'text', (c) => c.notNull())
          .addColumn('address', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
        await db.schema.createIndex('audit_log_member').on('audit_log').columns(['member_id', 'at']).execute();
        await db.schema
          .createTable('order_authors')
          .addColumn('order_id', 'bigint', (c) => c.primaryKey())
          .addColumn('member_id', 'text', (c) => c.notNull())
          .addColumn('member_name', 'text', (c) => c.notNull())
          .addColumn('created_at', ms, (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('sign_in_failures')
          .addColumn('bucket', 'text', (c) => c.primaryKey())
          .addColumn('window_start', ms, (c) => c.notNull())
          .addColumn('failures', 'integer', (c) => c.notNull())
          .execute();
        await appendOnly(db, dialect);
      },
    },
    '002_audit_no_truncate': {
      // PostgreSQL's TRUNCATE fires no DELETE trigger; SQLite has no TRUNCATE (its DELETE trigger covers a
      // DELETE without WHERE, since triggers turn its truncate optimisation off).
      async up(db: Kysely<unknown>) {
        if (dialect !== 'postgres') return;
        await sql`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`.execute(
          db,
        );
      },
    },
    '003_bulk_jobs': { up: (db: Kysely<unknown>) => bulkJobTables(db) },
    '004_export_runs': {
      async up(db: Kysely<unknown>) {
        // One row per CSV export: its request, who asked, and its progress, so the instance that streams the
        // file and the one a status poll or a cancel reaches share one truth.
        await db.schema
          .createTable('export_runs')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
          .addColumn('request', 'text', (c) => c.notNull())
          .addColumn('file_name', 'text', (c) => c.notNull())
          .addColumn('state', 'text', (c) => c.notNull())
          .addColumn('rows_written', 'bigint', (c) => c.notNull().defaultTo(0))
          .addColumn('rows_total', 'bigint')
          .addColumn('error_code', 'text')
          .addColumn('error', 'text')
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .addColumn('updated_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('export_runs_created').on('export_runs').column('created_at').execute();
      },
    },
    '005_totp_last_step': {
      // A two-factor code is good once: the step of the last one used is kept, and only a later step is accepted.
      async up(db: Kysely<unknown>) {
        await db.schema.alterTable('members').addColumn('totp_last_step', 'bigint').execute();
      },
    },
  };
}

/** The database itself refuses to change or remove an audit entry, whatever code asks. */
async function appendOnly(db: Kysely<unknown>, dialect: Dialect) {
  if (dialect === 'sqlite') {
    for (const event of ['UPDATE', 'DELETE']) {
      await sql
        .raw(
          `CREATE TRIGGER audit_log_no_${event.toLowerCase()} BEFORE ${event} ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END`,
        )
        .execute(db);
    }
    return;
  }
  await sql`CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$`.execute(
    db,
  );
  await sql`CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`.execute(
    db,
  );
}

export async function migrateToLatest(db: Kysely<WorkspaceTables>, dialect: Dialect): Promise<void> {
  const provider: MigrationProvider = { getMigrations: async () => migrations(dialect) };
  const { error } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
}
