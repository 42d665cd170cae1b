import Database from 'better-sqlite3';
import { migrations } from './migrations';

export type Db = Database.Database;

/** Opens (or creates) the sandbox database and brings its schema up to date. */
export function openDatabase(file: string): Db {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

/**
 * A statement prepared once per connection and reused: compiling SQL costs more than running these small
 * indexed queries. Each call site declares its own (no cache shared by SQL text), so a setting such as
 * `bigints` (better-sqlite3's safeIntegers) belongs to that statement alone.
 */
export function prepared<P extends unknown[], R>(sql: string, { bigints = false } = {}) {
  const perDb = new WeakMap<Db, Database.Statement<P, R>>();
  return (db: Db): Database.Statement<P, R> => {
    let statement = perDb.get(db);
    if (!statement) {
      statement = db.prepare<P, R>(sql);
      if (bigints) statement.safeIntegers(true);
      perDb.set(db, statement);
    }
    return statement;
  };
}

/** Like `prepared`, for SQL assembled from a few known fragments (filters): one statement per distinct text. */
export function preparedFamily<R>({ bigints = false } = {}) {
  const perDb = new WeakMap<Db, Map<string, Database.Statement<unknown[], R>>>();
  return (db: Db, sql: string): Database.Statement<unknown[], R> => {
    let family = perDb.get(db);
    if (!family) {
      family = new Map();
      perDb.set(db, family);
    }
    let statement = family.get(sql);
    if (!statement) {
      statement = db.prepare<unknown[], R>(sql);
      if (bigints) statement.safeIntegers(true);
      family.set(sql, statement);
    }
    return statement;
  };
}

function migrate(db: Db): void {
  const current = Number(db.pragma('user_version', { simple: true }));
  for (let version = current; version < migrations.length; version += 1) {
    const sql = migrations[version] ?? '';
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}

/** Runs `fn` in an immediate transaction, or inside the caller's if one is open (no savepoint needed). */
export function atomically<T>(db: Db, fn: () => T): T {
  return db.inTransaction ? fn() : db.transaction(fn).immediate();
}
