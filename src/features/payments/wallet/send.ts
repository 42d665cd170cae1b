import type { PaymentBatch } from '@/lib/ton/batch';
import type { PlannedTransfer } from '@/lib/ton/transfer';
import { TON_NETWORK } from '../config';
import { loadWallet } from './use-wallet';

/** Asks the connected wallet to send exactly `transfer` (one message), valid until `validUntil` (seconds). */
export async function sendWithWallet(transfer: PlannedTransfer, validUntil: number): Promise<void> {
  const { ui, lib } = await loadWallet();
  await ui.sendTransaction({
    validUntil,
    network: TON_NETWORK,
    messages: [
      {
        address: transfer.address,
        amount: transfer.amountNano,
        ...(transfer.comment === null ? {} : { payload: lib.commentPayload(transfer.comment) }),
      },
    ],
  });
}

/** Asks the connected wallet to send a whole batch as ONE transaction: one message per order, one confirmation. */
export async function sendBatchWithWallet(batch: PaymentBatch): Promise<void> {
  const { ui, lib } = await loadWallet();
  await ui.sendTransaction({
    validUntil: batch.validUntil,
    network: TON_NETWORK,
    messages: batch.messages.map((message) => ({
      address: message.address,
      amount: message.amountNano,
      ...(message.comment === null ? {} : { payload: lib.commentPayload(message.comment) }),
    })),
  });
}

export async function isRejection(error: unknown): Promise<boolean> {
  return (await loadWallet()).lib.isUserRejection(error);
}
