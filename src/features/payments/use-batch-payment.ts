import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { reportPayment } from '@/api/audit-events';
import { orderQueries } from '@/api/orders';
import { simulateTransfer } from '@/api/sandbox';
import { mapPool } from '@/lib/concurrency';
import { type PaymentBatch, planBatchPayment, type SkipReason } from '@/lib/ton/batch';
import { OutcomeError } from './outcome-error';
import { recordSent, sentAt } from './sent-payments';
import { isRejection, sendBatchWithWallet } from './wallet/send';

/** Why an order was left out: the builder's reasons, or a payment this browser already sent for it. */
export type BatchSkipReason = SkipReason | 'already_sent';
export type Skipped = { orderId: number; reason: BatchSkipReason }[];

export type BatchPhase =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'waiting'; batch: number; of: number }
  | { kind: 'done'; paid: number[]; skipped: Skipped }
  | { kind: 'declined'; paid: number[]; skipped: Skipped }
  | { kind: 'failed'; paid: number[]; skipped: Skipped; error: unknown };

/**
 * Pays the selected orders with as few wallet confirmations as the wallet allows. Each order is read again
 * first (its status and expiry now, not when it was listed); each batch's messages and `validUntil` are
 * planned again right before it goes to the wallet, so an order that expired meanwhile is left out. Every
 * batch the wallet accepted is reported to the audit log and remembered (paying again then needs confirming).
 */
export function useBatchPayment() {
  const queryClient = useQueryClient();
  const [phase, setPhase] = useState<BatchPhase>({ kind: 'idle' });

  /** `send` puts one batch on the chain: the connected wallet, or in the sandbox the simulated chain. */
  const pay = async (
    orderIds: readonly number[],
    maxMessages: number,
    send: (batch: PaymentBatch) => Promise<void> = sendBatchWithWallet,
  ): Promise<number[]> => {
    setPhase({ kind: 'checking' });
    const paid: number[] = [];
    let skipped: Skipped = [];
    try {
      const fresh = await mapPool(orderIds, 4, (id) => queryClient.fetchQuery({ ...orderQueries.detail(id), staleTime: 0 }));
      const notSent = fresh.filter((order) => sentAt(order.id) === null);
      skipped = fresh
        .filter((order) => sentAt(order.id) !== null)
        .map((order) => ({ orderId: order.id, reason: 'already_sent' }));
      const plan = planBatchPayment(notSent, maxMessages, Date.now());
      skipped = [...skipped, ...plan.skipped];
      const byId = new Map(fresh.map((order) => [order.id, order]));
      for (const [index, planned] of plan.batches.entries()) {
        const orders = planned.orderIds.flatMap((id) => byId.get(id) ?? []);
        // Planned again now: the partner may have taken minutes over the previous confirmation.
        const again = planBatchPayment(orders, maxMessages, Date.now());
        skipped = [...skipped, ...again.skipped];
        const batch = again.batches[0];
        if (!batch) continue;
        setPhase({ kind: 'waiting', batch: index + 1, of: plan.batches.length });
        await send(batch);
        markSent(batch);
        paid.push(...batch.orderIds);
      }
      setPhase({ kind: 'done', paid, skipped });
    } catch (error) {
      const declined = !(error instanceof OutcomeError) && (await isRejection(error).catch(() => false));
      setPhase(declined ? { kind: 'declined', paid, skipped } : { kind: 'failed', paid, skipped, error });
    } finally {
      void queryClient.invalidateQueries({ queryKey: orderQueries.all() });
    }
    return paid;
  };

  return { phase, pay, reset: () => setPhase({ kind: 'idle' }), busy: phase.kind === 'checking' || phase.kind === 'waiting' };
}

function markSent(batch: PaymentBatch) {
  void reportPayment({
    kind: 'order',
    amount_nano: batch.totalNano,
    messages: batch.messages.length,
    ...(batch.orderIds.length === 1 ? { order_id: batch.orderIds[0] } : { order_ids: batch.orderIds.join(',') }),
  });
  for (const id of batch.orderIds) recordSent(id);
}

/**
 * The sandbox's stand-in for a wallet: each message of the batch posted to the simulated chain exactly as a
 * wallet would broadcast it (exact nanotons, the memo as a comment payload); a transfer that pays nothing stops it.
 */
export async function simulateBatch(batch: PaymentBatch): Promise<void> {
  const { commentPayload } = await import('@/lib/ton/comment');
  for (const message of batch.messages) {
    const payload = message.comment === null ? undefined : commentPayload(message.comment);
    const result = await simulateTransfer({ address: message.address, amount: message.amountNano, payload });
    if (result.outcome !== 'order_paid') throw new OutcomeError('payments.refusedOrder', result.outcome);
  }
}
