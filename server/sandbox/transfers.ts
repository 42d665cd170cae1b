import { nanoToTon } from '../../contract/money';
import type { Transfer } from '../../contract/service';
import { ApiProblem } from '../lib/problem';
import { decodeCommentPayload, newTxHash, parseAddress } from './chain';
import { isoSeconds } from './clock';
import { prepared } from './db';
import type { SandboxDeps } from './deps';
import { postLedger } from './ledger';
import { markPaid } from './order-changes';
import { expireOverdue } from './order-service';
import { findByMemo } from './orders';
import { partnerByTopUpAddress } from './partners';

const recordChainTransaction = prepared<
  [string, string, bigint, string | null, string, number | null, number | null, string],
  never
>(
  `INSERT INTO chain_transactions (hash, address, amount_nano, comment, outcome, order_id, partner_id, created_at)
   VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
);

export type TransferOutcome =
  | 'order_paid'
  | 'topup_credited'
  | 'no_matching_order'
  | 'order_not_payable'
  | 'amount_too_low'
  | 'unknown_address'
  /** What a sender who is not the partner concerned is told. */
  | 'received';

/**
 * The simulated chain: takes one TonConnect message as a wallet receives it and settles it. A transfer
 * to the service address pays the pending order whose memo is the comment, if it arrives before expiry
 * and covers the price; to a partner's top-up address it credits that balance; anything else pays nothing.
 */
export function submitTransfer(deps: SandboxDeps, transfer: Transfer, caller: number | null) {
  const { partnerId, result, toService } = settle(deps, transfer);
  if (partnerId !== null && partnerId === caller) return result;
  // No memo oracle: whoever is not the partner concerned learns nothing about whose order or address it
  // was. A sender without a key hears only that the transfer was received; a partner hears that no order
  // (or top-up address) of theirs matched, the same answer as for a memo nobody has.
  const outcome: TransferOutcome = caller === null ? 'received' : toService ? 'no_matching_order' : 'unknown_address';
  return { tx_hash: result.tx_hash, outcome, order_id: null, comment: result.comment, amount_ton: result.amount_ton };
}

function settle(deps: SandboxDeps, transfer: Transfer) {
  const { db, clock } = deps;
  const address = parseAddress(transfer.address);
  if (!address) throw new ApiProblem('VALIDATION_ERROR', 'address must be a valid TON address');
  const amount = BigInt(transfer.amount);
  if (amount <= 0n) throw new ApiProblem('VALIDATION_ERROR', 'amount must be greater than 0');
  const decoded = decodeCommentPayload(transfer.payload);
  if (!decoded.ok) throw new ApiProblem('VALIDATION_ERROR', decoded.message);
  const comment = decoded.comment;
  const now = clock.now();
  const hash = newTxHash();
  expireOverdue(deps);

  return db.transaction(() => {
    let outcome: TransferOutcome = 'unknown_address';
    let orderId: number | null = null;
    let partnerId: number | null = null;
    const service = parseAddress(deps.paymentAddress);
    const toService = service !== null && address.equals(service);
    if (toService) {
      const order = comment ? findByMemo(db, comment.trim()) : undefined;
      if (!order) outcome = 'no_matching_order';
      else {
        orderId = Number(order.id);
        partnerId = Number(order.partner_id);
        if (order.status !== 'pending_payment' || order.expires_at <= isoSeconds(now)) outcome = 'order_not_payable';
        else if (amount < order.price_nano) outcome = 'amount_too_low';
        else {
          const at = isoSeconds(now);
          markPaid(db, orderId, hash, at);
          outcome = 'order_paid';
        }
      }
    } else {
      const canonicalForm = address.toString({ bounceable: false, urlSafe: true });
      const partner = partnerByTopUpAddress(db, canonicalForm);
      if (partner) {
        partnerId = partner.id;
        postLedger(db, { partnerId, type: 'topup', amountNano: amount, txHash: hash, now });
        outcome = 'topup_credited';
      }
    }
    recordChainTransaction(db).run(hash, transfer.address, amount, comment, outcome, orderId, partnerId, isoSeconds(now));
    return {
      partnerId,
      toService,
      result: { tx_hash: hash, outcome, order_id: orderId, comment, amount_ton: nanoToTon(amount) },
    };
  })();
}
