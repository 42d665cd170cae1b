import { createHash } from 'node:crypto';
import { idempotencyKeyPattern } from '../../contract/fields';
import { ApiProblem } from '../lib/problem';
import { isoSeconds } from './clock';
import type { Db } from './db';

const KEY_TTL_MS = 24 * 60 * 60 * 1000;

export type Claim = { kind: 'new' } | { kind: 'replay'; status: number; body: string };

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
 * Stripe-like idempotency, scoped to the partner. Claiming a key is one immediate transaction, so two
 * requests can never both see it as new: the second sees `in_progress` (409) or the stored response.
 */
export function claimKey(db: Db, partnerId: number, key: string, hash: string, now: number): Claim {
  return db
    .transaction((): Claim => {
      db.prepare('DELETE FROM idempotency_keys WHERE created_at < ?').run(isoSeconds(now - KEY_TTL_MS));
      const row = db
        .prepare<[number, string], { request_hash: string; state: string; response_status: number; response_body: string }>(
          'SELECT request_hash, state, response_status, response_body FROM idempotency_keys WHERE partner_id = ? AND key = ?',
        )
        .get(partnerId, key);
      if (!row) {
        db.prepare(
          "INSERT INTO idempotency_keys (partner_id, key, request_hash, state, created_at) VALUES (?, ?, ?, 'in_progress', ?)",
        ).run(partnerId, key, hash, isoSeconds(now));
        return { kind: 'new' };
      }
      if (row.request_hash !== hash) {
        throw new ApiProblem('IDEMPOTENCY_KEY_REUSED', 'Idempotency-Key was already used with a different request body');
      }
      if (row.state === 'in_progress') {
        throw new ApiProblem('IDEMPOTENCY_IN_PROGRESS', 'a request with this Idempotency-Key is still being processed', {
          'Retry-After': '1',
        });
      }
      return { kind: 'replay', status: row.response_status, body: row.response_body };
    })
    .immediate();
}

export function completeKey(db: Db, partnerId: number, key: string, status: number, body: string): void {
  db.prepare(
    "UPDATE idempotency_keys SET state = 'done', response_status = ?, response_body = ? WHERE partner_id = ? AND key = ?",
  ).run(status, body, partnerId, key);
}

/** A refused request stores nothing, so the same key can be retried once the cause is fixed. */
export function releaseKey(db: Db, partnerId: number, key: string): void {
  db.prepare("DELETE FROM idempotency_keys WHERE partner_id = ? AND key = ? AND state = 'in_progress'").run(partnerId, key);
}
