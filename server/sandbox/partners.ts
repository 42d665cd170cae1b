import { createHash, randomBytes } from 'node:crypto';
import { addressFromSeed } from './chain';
import { isoSeconds } from './clock';
import { type Db, prepared } from './db';
import type { Partner } from './deps';

export function hashKey(apiKey: string): string {
  return createHash('sha256').update(apiKey).digest('hex');
}

export function newApiKey(): string {
  return `osk_${randomBytes(24).toString('base64url')}`;
}

export function createPartner(db: Db, name: string, apiKey: string, now: number): Partner {
  const topup = addressFromSeed(`topup:${hashKey(apiKey)}`);
  const info = db
    .prepare('INSERT INTO partners (name, api_key_hash, topup_address, updated_at) VALUES (?, ?, ?, ?)')
    .run(name, hashKey(apiKey), topup, isoSeconds(now));
  return { id: Number(info.lastInsertRowid), name, topup_address: topup };
}

const byKeyHash = prepared<[string], Partner>('SELECT id, name, topup_address FROM partners WHERE api_key_hash = ?');

export function findPartnerByKey(db: Db, apiKey: string): Partner | undefined {
  return byKeyHash(db).get(hashKey(apiKey));
}

/**
 * The demo partner: created on first start with `preferredKey` (SANDBOX_API_KEY) or a fresh random key,
 * which is kept in `meta` so later starts print the same key.
 */
export function ensureDemoPartner(db: Db, now: number, preferredKey?: string): { partner: Partner; apiKey: string } {
  const stored = db.prepare<[], { value: string }>("SELECT value FROM meta WHERE key = 'demo_key'").get()?.value;
  const apiKey = preferredKey ?? stored ?? newApiKey();
  const existing = findPartnerByKey(db, apiKey);
  if (existing) return { partner: existing, apiKey };
  const partner = createPartner(db, 'Demo partner', apiKey, now);
  db.prepare("INSERT INTO meta (key, value) VALUES ('demo_key', ?) ON CONFLICT DO UPDATE SET value = excluded.value").run(apiKey);
  return { partner, apiKey };
}

const byTopUpAddress = prepared<[string], { id: number }>('SELECT id FROM partners WHERE topup_address = ?');

export function partnerByTopUpAddress(db: Db, address: string): { id: number } | undefined {
  return byTopUpAddress(db).get(address);
}
