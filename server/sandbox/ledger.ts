import { nanoToTon } from '../../contract/money';
import { ApiProblem } from '../lib/problem';
import { isoSeconds } from './clock';
import { type Db, prepared, preparedFamily } from './db';
import { pageCursors } from './page-cursors';

/** SQLite's largest integer: a balance past it could not be stored. */
const MAX_BALANCE_NANO = 9_223_372_036_854_775_807n;

export type LedgerType = 'topup' | 'order_debit' | 'refund' | 'adjustment';

export interface LedgerEntry {
  partnerId: number;
  type: LedgerType;
  amountNano: bigint;
  orderId?: number | null;
  txHash?: string | null;
  now: number;
}

const balanceOf = prepared<[number], { balance_nano: bigint }>('SELECT balance_nano FROM partners WHERE id = ?', {
  bigints: true,
});
const setBalance = prepared<[bigint, string, number], never>('UPDATE partners SET balance_nano = ?, updated_at = ? WHERE id = ?');
const addTransaction = prepared<[number, string, bigint, bigint, number | null, string | null, string], never>(
  `INSERT INTO balance_transactions (partner_id, type, amount_nano, balance_after_nano, order_id, tx_hash, created_at)
   VALUES (?, ?, ?, ?, ?, ?, ?)`,
);

/**
 * Posts one balance movement. The partner's balance changes only here, in the same transaction as the
 * ledger row, so the balance always equals the sum of its transactions. A debit past zero is refused.
 */
export function postLedger(db: Db, entry: LedgerEntry): bigint {
  const row = balanceOf(db).get(entry.partnerId);
  if (!row) throw new Error(`partner ${entry.partnerId} missing`);
  const after = row.balance_nano + entry.amountNano;
  if (after > MAX_BALANCE_NANO)
    throw new ApiProblem('VALIDATION_ERROR', 'the balance would pass the largest amount the ledger holds');
  if (after < 0n) {
    throw new ApiProblem(
      'INSUFFICIENT_BALANCE',
      `balance ${nanoToTon(row.balance_nano)} TON is less than the ${nanoToTon(-entry.amountNano)} TON this order costs`,
    );
  }
  const at = isoSeconds(entry.now);
  setBalance(db).run(after, at, entry.partnerId);
  addTransaction(db).run(entry.partnerId, entry.type, entry.amountNano, after, entry.orderId ?? null, entry.txHash ?? null, at);
  return after;
}

const account = prepared<[number], { balance_nano: bigint; topup_address: string; updated_at: string }>(
  'SELECT balance_nano, topup_address, updated_at FROM partners WHERE id = ?',
  { bigints: true },
);
const countTransactions = preparedFamily<{ n: number }>();
const transactionRows = preparedFamily<TransactionRow>({ bigints: true });

export interface TransactionRow {
  id: bigint;
  type: string;
  amount_nano: bigint;
  balance_after_nano: bigint;
  order_id: bigint | null;
  tx_hash: string | null;
  created_at: string;
}

export function balanceAccount(db: Db, partnerId: number) {
  const row = account(db).get(partnerId);
  if (!row) throw new Error(`partner ${partnerId} missing`);
  return row;
}

const transactionListings = pageCursors();

/** Newest-first page of the partner's ledger, optionally of one type (sequential pages seek: `page-cursors.ts`). */
export function listTransactions(db: Db, partnerId: number, query: { type?: LedgerType; limit: number; offset: number }) {
  const where = query.type ? 'partner_id = ? AND type = ?' : 'partner_id = ?';
  const params: (number | string)[] = query.type ? [partnerId, query.type] : [partnerId];
  const listing = transactionListings(db, `${where}|${JSON.stringify(params)}`);
  const total = listing.total(() =>
    Number(countTransactions(db, `SELECT count(*) AS n FROM balance_transactions WHERE ${where}`).get(...params)?.n ?? 0),
  );
  const before = listing.before(query.offset);
  const items =
    before === undefined
      ? transactionRows(db, `SELECT * FROM balance_transactions WHERE ${where} ORDER BY id DESC LIMIT ? OFFSET ?`).all(
          ...params,
          query.limit,
          query.offset,
        )
      : transactionRows(db, `SELECT * FROM balance_transactions WHERE ${where} AND id < ? ORDER BY id DESC LIMIT ?`).all(
          ...params,
          before,
          query.limit,
        );
  const last = items.at(-1);
  listing.ended(query.offset, items.length, last ? Number(last.id) : 0);
  return { items, total };
}
