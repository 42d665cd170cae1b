import { isoSeconds } from './clock';
import type { SandboxDeps } from './deps';
import { postLedger } from './ledger';
import { failsInFulfilment } from './recipients';

interface MovingRow {
  id: number;
  partner_id: number;
  status: string;
  recipient_username: string;
  price_nano: bigint;
}

/**
 * One fulfilment step for every order that has waited `fulfilmentStepMs` in its state:
 * paid → processing → completed, or for `fail_…` recipients processing → failed → refunded
 * (the price goes back to the partner's balance). Durable: state lives in the database, not in timers.
 */
export function advanceFulfilment(deps: SandboxDeps): number {
  const { db, clock } = deps;
  const now = clock.now();
  const at = isoSeconds(now);
  const due = isoSeconds(now - deps.fulfilmentStepMs);
  const rows = db
    .prepare<[string], MovingRow>(
      `SELECT id, partner_id, status, recipient_username, price_nano FROM orders
       WHERE status IN ('paid', 'processing', 'failed') AND status_changed_at <= ? LIMIT 500`,
    )
    .safeIntegers(true)
    .all(due);
  const move = db.transaction((row: MovingRow) => {
    const id = Number(row.id);
    if (row.status === 'paid') {
      db.prepare("UPDATE orders SET status = 'processing', status_changed_at = ? WHERE id = ?").run(at, id);
    } else if (row.status === 'processing' && failsInFulfilment(row.recipient_username)) {
      db.prepare(
        "UPDATE orders SET status = 'failed', failure_reason = 'RECIPIENT_REJECTED', status_changed_at = ? WHERE id = ?",
      ).run(at, id);
    } else if (row.status === 'processing') {
      db.prepare("UPDATE orders SET status = 'completed', completed_at = ?, status_changed_at = ? WHERE id = ?").run(at, at, id);
    } else {
      db.prepare("UPDATE orders SET status = 'refunded', status_changed_at = ? WHERE id = ?").run(at, id);
      postLedger(db, { partnerId: Number(row.partner_id), type: 'refund', amountNano: row.price_nano, orderId: id, now });
    }
  });
  for (const row of rows) move(row);
  return rows.length;
}
