import { createHash } from 'node:crypto';
import { idempotencyKeyPattern } from '../../contract/fields';
import { ApiProblem } from '../lib/problem';
import { isoSeconds } from './clock';
import { type Db, prepared } from './db';

const KEY_TTL_MS = 24 * 60 * 60 * 1000;

/** Canonical JSON (sorted keys) so the same body in another key order counts as the same request. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function requestHash(route: string, body: unknown): string {
  return createHash('sha256')
    .update(`${route}\n${canonical(body)}`)
    .digest('hex');
}

export function checkKeyFormat(key: string): void {
  if (!idempotencyKeyPattern.test(key)) {
    throw new ApiProblem('VALIDATION_ERROR', 'Idempotency-Key must be 1-255 printable ASCII characters');
  }
}

/**
 * Stripe-like idempotency, scoped to the partner. The caller runs `findReplay`, the create and
 * `rememberResponse` in one immediate transaction, so two requests with one key can never both create:
 * the second one sees the stored response (a second process on the same database waits for the write
 * lock, then sees it too). A key older than 24 h is forgotten.
 */
export function findReplay(
  db: Db,
  partnerId: number,
  key: string,
  hash: string,
  now: number,
): { status: number; body: string } | null {
  const row = keyRow(db).get(partnerId, key);
  if (!row || row.created_at < isoSeconds(now - KEY_TTL_MS)) return null;
  if (row.request_hash !== hash) {
    throw new ApiProblem('IDEMPOTENCY_KEY_REUSED', 'Idempotency-Key was already used with a different request body');
  }
  return { status: row.response_status, body: row.response_body };
}

export function rememberResponse(
  db: Db,
  partnerId: number,
  key: string,
  hash: string,
  status: number,
  body: string,
  now: number,
) {
  remember(db).run(partnerId, key, hash, status, body, isoSeconds(now));
}

interface KeyRow {
  request_hash: string;
  response_status: number;
  response_body: string;
  created_at: string;
}

const keyRow = prepared<[number, string], KeyRow>(
  'SELECT request_hash, response_status, response_body, created_at FROM idempotency_keys WHERE partner_id = ? AND key = ?',
);
const remember = prepared<[number, string, string, number, string, string], never>(
  `INSERT INTO idempotency_keys (partner_id, key, request_hash, state, response_status, response_body, created_at)
   VALUES (?, ?, ?, 'done', ?, ?, ?)
   ON CONFLICT DO UPDATE SET request_hash = excluded.request_hash, state = 'done', response_status = excluded.response_status,
     response_body = excluded.response_body, created_at = excluded.created_at`,
);
const purge = prepared<[string], never>('DELETE FROM idempotency_keys WHERE created_at < ?');

/** Drops keys older than 24 h; run by the housekeeping timer rather than on every create. */
export function purgeExpiredKeys(db: Db, now: number): number {
  return purge(db).run(isoSeconds(now - KEY_TTL_MS)).changes;
}
