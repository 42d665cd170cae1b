import { randomBytes } from 'node:crypto';
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
  const hex = (n: number) => randomBytes(n).toString('hex');

  return db.transaction(() => {
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
        `${isStars ? 'STARS' : 'PREM'}-${hex(5)}`,
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
  })();
}
