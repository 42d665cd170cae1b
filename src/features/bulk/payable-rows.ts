import { nanoToTon } from '@contract';
import type { BulkJob, BulkRowResult } from '@contract/bulk';
import { useState } from 'react';

/** A job's order that still awaits its TON transfer, as the payment bar takes it. */
export interface PayableRow {
  id: number;
  priceTon: string;
}

/**
 * A results row whose order can be picked for paying: the job pays by TON transfer, the row made its order,
 * and that order was awaiting payment when made (the payment bar reads each order again before paying).
 */
export function payableRow(job: Pick<BulkJob, 'payment_method'>, row: BulkRowResult, nowMs: number): PayableRow | null {
  if (job.payment_method !== 'ton_memo' || row.state !== 'done') return null;
  if (row.order_id === null || row.amount_nano === null || row.order_status !== 'pending_payment') return null;
  if (row.expires_at !== null && Date.parse(row.expires_at) <= nowMs) return null;
  return { id: row.order_id, priceTon: nanoToTon(row.amount_nano) };
}

/**
 * The job's orders picked for paying; the bar stays once something was picked (it reports what happened).
 * Orders paid from this page (`drop`) leave the selection and cannot be picked again: the job's rows still say
 * how each order stood when it was made.
 */
export function usePickedRows() {
  const [picked, setPicked] = useState<ReadonlyMap<number, PayableRow>>(() => new Map());
  const [paid, setPaid] = useState<ReadonlySet<number>>(() => new Set());
  const [used, setUsed] = useState(false);
  return {
    picked,
    used,
    paid,
    pick: (items: readonly PayableRow[], on: boolean) => {
      setUsed(true);
      setPicked((current) => {
        const next = new Map(current);
        for (const item of items) {
          if (on && !paid.has(item.id)) next.set(item.id, item);
          else next.delete(item.id);
        }
        return next;
      });
    },
    drop: (ids: readonly number[]) => {
      setPaid((current) => new Set([...current, ...ids]));
      setPicked((current) => new Map([...current].filter(([id]) => !ids.includes(id))));
    },
    clear: () => setPicked(new Map()),
  };
}
