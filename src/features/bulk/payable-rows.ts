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

/** The job's orders picked for paying; the bar stays once something was picked (it reports what happened). */
export function usePickedRows() {
  const [picked, setPicked] = useState<ReadonlyMap<number, PayableRow>>(() => new Map());
  const [used, setUsed] = useState(false);
  return {
    picked,
    used,
    pick: (items: readonly PayableRow[], on: boolean) => {
      setUsed(true);
      setPicked((current) => {
        const next = new Map(current);
        for (const item of items) {
          if (on) next.set(item.id, item);
          else next.delete(item.id);
        }
        return next;
      });
    },
    drop: (ids: readonly number[]) => setPicked((current) => new Map([...current].filter(([id]) => !ids.includes(id)))),
    clear: () => setPicked(new Map()),
  };
}
