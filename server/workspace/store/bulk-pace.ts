import { sql } from 'kysely';
import type { Dialect, WorkspaceDb } from '../db/connect';

/**
 * The pace of bulk creates, shared through the database by every worker of every instance: each send
 * first reserves the next slot (`interval` apart), so together they never exceed the configured rate —
 * the upstream's rate limit is per partner key, not per instance. A 429's Retry-After pushes every
 * future slot back.
 */
export function bulkPace(db: WorkspaceDb, dialect: Dialect, now: () => number) {
  const greatest = dialect === 'postgres' ? sql.raw('GREATEST') : sql.raw('MAX');
  return {
    /** The instant this caller may send at (now or later). */
    async reserve(intervalMs: number): Promise<number> {
      const at = Math.floor(now());
      const result = await sql<{ next_at: number }>`
        UPDATE bulk_pace SET next_at = ${greatest}(next_at, ${at}) + ${Math.ceil(intervalMs)} WHERE id = 1 RETURNING next_at`.execute(
        db,
      );
      const next = result.rows[0]?.next_at;
      if (next === undefined) throw new Error('bulk_pace has no row (migration 003 not applied?)');
      return Number(next) - Math.ceil(intervalMs);
    },
    /** Nobody sends before `until`. */
    async holdUntil(until: number): Promise<void> {
      await sql`UPDATE bulk_pace SET next_at = ${greatest}(next_at, ${Math.ceil(until)}) WHERE id = 1`.execute(db);
    },
  };
}
export type BulkPace = ReturnType<typeof bulkPace>;
