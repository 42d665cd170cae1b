import { nanoToTon } from '../../contract/money';
import { ApiProblem } from '../lib/problem';
import { isoSeconds } from './clock';
import type { Db } from './db';

export type LedgerType = 'topup' | 'order_debit' | 'refund' | 'adjustment';

export interface LedgerEntry {
  partnerId: number;
  type: LedgerType;
  amountNano: bigint;
  orderId?: number | null;
  txHash?: string | null;
  now: number;
}

/**
 * Posts one balance movement. The partner's balance changes only here, in the same transaction as the
 * ledger row, so the balance always equals the sum of its transactions. A debit past zero is refused.
 */
export function postLedger(db: Db, entry: LedgerEntry): bigint {
  const row = db
    .prepare<[number], { balance_nano: bigint }>('SELECT balance_nano FROM partners WHERE id = ?')
    .safeIntegers(true)
    .get(entry.partnerId);
  if (!row) throw new Error(`partner ${entry.partnerId} missing`);
  const after = row.balance_nano + entry.amountNano;
  if (after < 0n) {
    throw new ApiProblem(
      'INSUFFICIENT_BALANCE',
      `balance ${nanoToTon(row.balance_nano)} TON is less than the ${nanoToTon(-entry.amountNano)} TON this order costs`,
    );
  }
  const at = isoSeconds(entry.now);
  db.prepare('UPDATE partners SET balance_nano = ?, updated_at = ? WHERE id = ?').run(after, at, entry.partnerId);
  db.prepare(
    `INSERT INTO balance_transactions (partner_id, type, amount_nano, balance_after_nano, order_id, tx_hash, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(entry.partnerId, entry.type, entry.amountNano, after, entry.orderId ?? null, entry.txHash ?? null, at);
  return after;
}
