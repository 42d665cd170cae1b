import { sql } from 'kysely';
import type { WorkspaceDb } from '../db/connect';

const WINDOW_MS = 60_000;

/**
 * Failed sign-ins counted in the database (so every instance sees the same counts), in one-minute
 * windows per account and per client address. An account under attack is slowed for everyone guessing at
 * it; other accounts are untouched. An address gets several accounts' worth before it waits, so an
 * office behind one address is not locked out by one person's typos.
 */
export function signInLimits(db: WorkspaceDb, now: () => number, perMinute: number) {
  async function count(bucket: string, delta: 1 | -1): Promise<{ failures: number; windowStart: number }> {
    const at = now();
    const fresh = at - WINDOW_MS;
    const row = await db
      .insertInto('sign_in_failures')
      .values({ bucket, window_start: at, failures: Math.max(delta, 0) })
      .onConflict((conflict) =>
        conflict.column('bucket').doUpdateSet({
          failures: sql<number>`CASE WHEN sign_in_failures.window_start <= ${fresh} THEN ${Math.max(delta, 0)} ELSE sign_in_failures.failures + ${delta} END`,
          window_start: sql<number>`CASE WHEN sign_in_failures.window_start <= ${fresh} THEN ${at} ELSE sign_in_failures.window_start END`,
        }),
      )
      .returning(['failures', 'window_start'])
      .executeTakeFirstOrThrow();
    return { failures: row.failures, windowStart: row.window_start };
  }
  const buckets = (email: string, address: string) =>
    [
      { bucket: `account:${email}`, limit: perMinute },
      { bucket: `address:${address}`, limit: perMinute * 5 },
    ] as const;
  let calls = 0;
  return {
    /**
     * Counts this attempt as a failure before the password is checked (parallel guesses cannot all slip in
     * before the first failure is recorded); `settled` gives it back when it was not one.
     */
    async attempt(email: string, address: string): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }> {
      if (perMinute === 0) return { allowed: true };
      // Windows that ended are worth nothing: they are swept now and then, so the table stays small.
      if (++calls % 100 === 0)
        await db
          .deleteFrom('sign_in_failures')
          .where('window_start', '<=', now() - WINDOW_MS)
          .execute();
      for (const { bucket, limit } of buckets(email, address)) {
        const { failures, windowStart } = await count(bucket, 1);
        if (failures > limit) {
          return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((windowStart + WINDOW_MS - now()) / 1000)) };
        }
      }
      return { allowed: true };
    },
    async settled(email: string, address: string): Promise<void> {
      if (perMinute === 0) return;
      for (const { bucket } of buckets(email, address)) await count(bucket, -1);
    },
  };
}
