import { isoSeconds } from './clock';
import type { Db } from './db';
import { ORDER_TTL_SECONDS, type PricingConfig, quotePremium, quoteStars } from './pricing';

const DAY_MS = 24 * 60 * 60 * 1000;
const STAR_PACKS = [50, 100, 100, 250, 500, 500, 1000, 2500, 5000, 10000];
const MONTHS = [3, 3, 6, 12];

/** A small deterministic PRNG so a seeded history is the same for the same seed. */
function prng(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

/** `bytes` pseudo-random bytes as hex (hashes that only need to look like hashes: no system call per row). */
function hexFrom(random: () => number, bytes: number): string {
  let out = '';
  for (let i = 0; i < bytes; i += 4)
    out += Math.floor(random() * 2 ** 32)
      .toString(16)
      .padStart(8, '0');
  return out.slice(0, bytes * 2);
}

const MEMO_SPACE = 2n ** 48n;
/** An odd multiplier: `n → n × M mod 2^48` is a bijection, so distinct inputs give distinct memos. */
const MEMO_SCRAMBLE = 0x5deece66dn;

/**
 * A memo unique by construction: the order's future id, scrambled to look random, in 12 hex digits (live
 * orders use 10, so a seeded memo never equals one). Random memos would collide: a million draws from
 * 2^40 values repeat one about one time in three, and `payment_memo` is UNIQUE.
 */
export function seededMemo(prefix: 'STARS' | 'PREM', orderId: number): string {
  return `${prefix}-${((BigInt(orderId) * MEMO_SCRAMBLE) % MEMO_SPACE).toString(16).padStart(12, '0')}`;
}

/**
 * Runs `load` in one transaction, tuned for a million inserts: the tables' secondary indexes are dropped
 * first and created again from their own SQL at the end (building an index once from the finished table is
 * several times faster than keeping it sorted through a million inserts in random order; inside the
 * transaction, no reader ever sees them missing), and the page cache is 256 MB meanwhile (the unique memo
 * index still takes every insert in random order), then back to what it was.
 */
function bulkLoad<T>(db: Db, tables: readonly string[], load: () => T): T {
  const cacheSize = Number(db.pragma('cache_size', { simple: true }));
  db.pragma('cache_size = -262144');
  try {
    return db.transaction(() => {
      const indexes = db
        .prepare<string[], { name: string; sql: string }>(
          `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${tables.map(() => '?').join(', ')})`,
        )
        .all(...tables);
      for (const index of indexes) db.exec(`DROP INDEX "${index.name}"`);
      const result = load();
      for (const index of indexes) db.exec(index.sql);
      return result;
    })();
  } finally {
    db.pragma(`cache_size = ${cacheSize}`);
  }
}

export interface SeedOptions {
  partnerId: number;
  count: number;
  now: number;
  days?: number;
  paymentAddress: string;
  pricing: PricingConfig;
  seed?: number;
}

/**
 * Writes `count` realistic orders spread over the last `days` days: mostly completed, some expired,
 * cancelled or refunded, a few still moving in the last hour; about a third paid from the balance, with
 * the matching ledger rows (one opening top-up covers them), so every invariant of the live sandbox holds.
 */
export function seedOrders(db: Db, options: SeedOptions): { orders: number; firstId: number; lastId: number } {
  const random = prng(options.seed ?? 7);
  const days = options.days ?? 90;
  const start = options.now - days * DAY_MS;
  const times = Array.from({ length: options.count }, () => start + Math.floor(random() * (days * DAY_MS - 60_000))).sort(
    (a, b) => a - b,
  );
  const insertOrder = db.prepare(
    `INSERT INTO orders (partner_id, status, order_type, stars_amount, premium_months, recipient_username, price_nano, fee_nano,
       payment_method, payment_currency, payment_address, payment_memo, client_reference, created_at, expires_at, paid_at,
       completed_at, payment_tx_hash, failure_reason, status_changed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'TON', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertTx = db.prepare(
    `INSERT INTO balance_transactions (partner_id, type, amount_nano, balance_after_nano, order_id, tx_hash, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const openingBalance = db
    .prepare<[number], { balance_nano: bigint }>('SELECT balance_nano FROM partners WHERE id = ?')
    .safeIntegers(true)
    .get(options.partnerId)?.balance_nano;
  let balance = openingBalance ?? 0n;
  const hex = (n: number) => hexFrom(random, n);
  let nextId = (db.prepare<[], { id: number | null }>('SELECT max(id) AS id FROM orders').get()?.id ?? 0) + 1;

  return bulkLoad(db, ['orders', 'balance_transactions'], () => {
    const topup = BigInt(options.count) * 200_000_000_000n;
    balance += topup;
    insertTx.run(options.partnerId, 'topup', topup, balance, null, hex(32), isoSeconds(start - 60_000));
    let firstId = 0;
    let lastId = 0;
    let refCounter = 0;
    for (const created of times) {
      const isStars = random() < 0.8;
      const quantity = STAR_PACKS[Math.floor(random() * STAR_PACKS.length)] ?? 100;
      const months = MONTHS[Math.floor(random() * MONTHS.length)] ?? 3;
      const q = isStars ? quoteStars(quantity, options.pricing) : quotePremium(months, options.pricing);
      const byBalance = random() < 0.3;
      const age = options.now - created;
      const roll = random();
      const failing = roll < 0.04;
      let status: string;
      if (age < 60_000 && !byBalance) status = 'pending_payment';
      else if (age < 2 * 60_000) status = roll < 0.5 ? 'paid' : 'processing';
      else if (failing) status = 'refunded';
      else if (!byBalance && roll < 0.14) status = 'expired';
      else if (!byBalance && roll < 0.19) status = 'cancelled';
      else status = 'completed';
      const paid = ['paid', 'processing', 'completed', 'refunded'].includes(status);
      const recipient = `${failing ? 'fail_' : 'user_'}${Math.floor(random() * 5000)
        .toString(36)
        .padStart(4, '0')}`;
      if (random() < 0.6 && random() < 0.7) refCounter += 1;
      const reference = refCounter % 5 === 0 ? null : `inv-${refCounter}`;
      const at = (offset: number) => isoSeconds(created + offset);
      const info = insertOrder.run(
        options.partnerId,
        status,
        isStars ? 'stars' : 'premium',
        isStars ? quantity : null,
        isStars ? null : months,
        recipient,
        q.priceNano,
        q.feeNano,
        byBalance ? 'balance' : 'ton_memo',
        options.paymentAddress,
        seededMemo(isStars ? 'STARS' : 'PREM', nextId),
        reference,
        at(0),
        at(ORDER_TTL_SECONDS * 1000),
        paid ? at(byBalance ? 0 : 90_000) : null,
        status === 'completed' ? at(95_000) : null,
        paid && !byBalance ? hex(32) : null,
        status === 'refunded' ? 'RECIPIENT_REJECTED' : null,
        at(95_000),
      );
      const id = Number(info.lastInsertRowid);
      nextId = id + 1;
      firstId ||= id;
      lastId = id;
      if (byBalance) {
        balance -= q.priceNano;
        insertTx.run(options.partnerId, 'order_debit', -q.priceNano, balance, id, null, at(0));
      }
      if (status === 'refunded') {
        balance += q.priceNano;
        insertTx.run(options.partnerId, 'refund', q.priceNano, balance, id, null, at(95_000));
      }
    }
    db.prepare('UPDATE partners SET balance_nano = ?, updated_at = ? WHERE id = ?').run(
      balance,
      isoSeconds(options.now),
      options.partnerId,
    );
    return { orders: times.length, firstId, lastId };
  });
}
