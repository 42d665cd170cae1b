import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, type SqliteDatabase, SqliteDialect } from 'kysely';
import pg from 'pg';
import { migrateToLatest } from './migrations';
import type { Dialect, WorkspaceTables } from './schema';

export type { Dialect };
export type WorkspaceDb = Kysely<WorkspaceTables>;

export type StorageConfig = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; poolSize?: number };

// PostgreSQL's bigint (our epoch-millisecond columns, the audit sequence) arrives as a number, as on SQLite.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/**
 * Opens the dashboard's own database — SQLite (WAL) by default, PostgreSQL when configured — and brings it
 * to the latest migration before answering anything: `ready` settles when it is usable.
 */
export function openStorage(config: StorageConfig): { db: WorkspaceDb; dialect: Dialect; ready: Promise<void> } {
  if (config.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: config.url, max: config.poolSize ?? 10 });
    const db = new Kysely<WorkspaceTables>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', ready: migrateToLatest(db, 'postgres') };
  }
  const database = new Database(config.file);
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  const db = new Kysely<WorkspaceTables>({ dialect: new SqliteDialect({ database: keptStatements(database) }) });
  return { db, dialect: 'sqlite', ready: migrateToLatest(db, 'sqlite') };
}

/**
 * Kysely prepares every query afresh; for the small queries a request makes (the session lookup), SQLite's
 * parsing and planning cost more than running them. Statements are kept by their SQL text (a bounded set:
 * values are always parameters) and SQLite re-prepares one by itself if the schema changes under it.
 */
function keptStatements(database: Database.Database, limit = 500): SqliteDatabase {
  const kept = new Map<string, Database.Statement>();
  return {
    close: () => database.close(),
    prepare(sql) {
      const known = kept.get(sql);
      if (known) return known;
      const statement = database.prepare(sql);
      if (kept.size < limit) kept.set(sql, statement);
      return statement;
    },
  };
}
