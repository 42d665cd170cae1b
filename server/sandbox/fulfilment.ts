import { isoSeconds } from './clock';
import type { SandboxDeps } from './deps';
import { postLedger } from './ledger';
import { moveOrder } from './order-changes';
import { dueForFulfilment, type SettlingRow } from './orders';
import { failsInFulfilment, holdsInFulfilment } from './recipients';

/**
 * One fulfilment step for every order that has waited `fulfilmentStepMs` in its state:
 * paid → processing → completed, or for `fail_…` recipients processing → failed → refunded
 * (the price goes back to the partner's balance); `hold_…` recipients stay in processing. Durable: state lives in the database, not in timers.
 */
export function advanceFulfilment(deps: SandboxDeps): number {
  const { db, clock } = deps;
  const now = clock.now();
  const at = isoSeconds(now);
  const due = isoSeconds(now - deps.fulfilmentStepMs);
  const rows = dueForFulfilment(db, due);
  const move = db.transaction((row: SettlingRow) => {
    const id = Number(row.id);
    if (row.status === 'paid') moveOrder(db, id, 'processing', at);
    else if (row.status === 'processing') {
      if (holdsInFulfilment(row.recipient_username)) return;
      moveOrder(db, id, failsInFulfilment(row.recipient_username) ? 'failed' : 'completed', at);
    } else {
      moveOrder(db, id, 'refunded', at);
      postLedger(db, { partnerId: Number(row.partner_id), type: 'refund', amountNano: row.price_nano, orderId: id, now });
    }
  });
  for (const row of rows) move(row);
  return rows.length;
}
