import { nanoToTon, type Order, transferResultSchema } from '@contract';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { errorMessage } from '@/lib/api-errors';
import { apiFetch } from '@/lib/api-fetch';
import { formatDateTime } from '@/lib/format';
import { isPayable, orderTransfer, tonTransferLink, validUntilSeconds } from '@/lib/ton/transfer';
import { useNow } from '@/lib/use-now';
import { NETWORK_NAME } from '../config';
import { recordSent, sentAt } from '../sent-payments';
import { isRejection, sendWithWallet } from '../wallet/send';
import { useWallet } from '../wallet/use-wallet';
import { QrCode } from './qr-code';

type Phase =
  | { kind: 'idle' }
  | { kind: 'waiting' }
  | { kind: 'sent' }
  | { kind: 'declined' }
  | { kind: 'error'; message: string };

const progress: Record<string, string> = {
  pending_payment: 'Payment sent — waiting for it to arrive on chain…',
  paid: 'Payment received. The order is paid and queued for delivery.',
  processing: 'Payment received. Delivering to the recipient…',
  completed: 'Paid and delivered.',
  failed: 'Paid, but delivery failed; the amount is refunded to your balance.',
  refunded: 'Paid, but delivery failed; the amount was refunded to your balance.',
  expired: 'The order expired before a matching payment arrived.',
};

/**
 * Paying one order: through the connected TonConnect wallet (exact nanotons, memo comment, valid until
 * min(expiry, now + 10 min)), a ton:// link or QR for other wallets, or — in the sandbox — a simulated
 * transfer. Never offered unless the order is pending and unexpired; a second payment needs confirming.
 */
export function PayOrderPanel({ order, sandbox }: { order: Order; sandbox: boolean }) {
  const wallet = useWallet({ eager: true });
  const now = useNow(1000, order.status === 'pending_payment');
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [confirming, setConfirming] = useState(false);
  const [sentTime, setSentTime] = useState(() => sentAt(order.id));

  if (!isPayable(order, now)) {
    if (!sentTime) return null;
    return (
      <p
        role="status"
        className="rounded-md border border-slate-200 bg-white p-3 text-sm dark:border-slate-700 dark:bg-slate-900"
      >
        {progress[order.status] ?? `Payment sent; the order is now ${order.status.replace(/_/g, ' ')}.`}
      </p>
    );
  }

  const transfer = orderTransfer(order, now);
  const amount = nanoToTon(transfer.amountNano);
  const markSent = () => {
    recordSent(order.id);
    setSentTime(new Date().toISOString());
    setPhase({ kind: 'sent' });
  };

  const pay = async () => {
    setConfirming(false);
    setPhase({ kind: 'waiting' });
    try {
      await sendWithWallet(transfer, validUntilSeconds(order.expires_at, Date.now()));
      markSent();
    } catch (error) {
      setPhase((await isRejection(error)) ? { kind: 'declined' } : { kind: 'error', message: errorMessage(error) });
    }
  };

  const simulate = async () => {
    setPhase({ kind: 'waiting' });
    try {
      const { commentPayload } = await import('@/lib/ton/comment');
      const payload = commentPayload(transfer.comment ?? '');
      const result = await apiFetch('/sandbox/transfers', transferResultSchema, {
        method: 'POST',
        body: { address: transfer.address, amount: transfer.amountNano, payload },
      });
      if (result.outcome === 'order_paid') markSent();
      else setPhase({ kind: 'error', message: `The simulated chain did not pay the order (${result.outcome}).` });
    } catch (error) {
      setPhase({ kind: 'error', message: errorMessage(error) });
    }
  };

  const onPay = () => (sentTime ? setConfirming(true) : void pay());

  return (
    <div className="space-y-3">
      {wallet.wrongNetwork ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          Your wallet is connected to the wrong network. This dashboard pays on TON {NETWORK_NAME}; switch the wallet to{' '}
          {NETWORK_NAME} and reconnect.
        </p>
      ) : wallet.account ? (
        <Button onClick={onPay} disabled={phase.kind === 'waiting'}>
          Pay {amount} TON with {wallet.account.walletName}
        </Button>
      ) : (
        <Button onClick={() => void wallet.connect()} disabled={wallet.status === 'loading'}>
          Connect a wallet to pay
        </Button>
      )}
      {confirming && (
        <div
          role="alertdialog"
          aria-label="Pay again?"
          className="space-y-2 rounded-md border border-red-300 bg-red-50 p-3 text-sm dark:border-red-800 dark:bg-red-950"
        >
          <p>
            A payment for this order was already sent at {formatDateTime(sentTime)}. It may still be on its way — paying again can
            pay twice.
          </p>
          <div className="flex gap-2">
            <Button variant="danger" onClick={() => void pay()}>
              Pay again anyway
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              Don’t pay again
            </Button>
          </div>
        </div>
      )}
      <PhaseMessage phase={phase} sentEarlier={sentTime !== null} />
      {sandbox && (
        <Button variant="secondary" onClick={() => void simulate()} disabled={phase.kind === 'waiting'}>
          Simulate payment (sandbox)
        </Button>
      )}
      <details className="text-sm">
        <summary className="cursor-pointer">Pay from a wallet without TonConnect (QR code or link)</summary>
        <div className="mt-2 flex flex-wrap items-center gap-4">
          <QrCode value={tonTransferLink(transfer)} label={`QR code: pay ${amount} TON with memo ${order.payment_memo}`} />
          <a className="break-all underline" href={tonTransferLink(transfer)}>
            Open in wallet app
          </a>
        </div>
      </details>
    </div>
  );
}

function PhaseMessage({ phase, sentEarlier }: { phase: Phase; sentEarlier: boolean }) {
  const text =
    phase.kind === 'waiting'
      ? 'Waiting for your wallet — confirm the payment there.'
      : phase.kind === 'sent'
        ? progress.pending_payment
        : phase.kind === 'declined'
          ? 'You declined the payment in your wallet. Nothing was sent; you can pay again.'
          : phase.kind === 'error'
            ? `The payment did not go through: ${phase.message}`
            : sentEarlier
              ? progress.pending_payment
              : null;
  if (!text) return null;
  return (
    <p
      role={phase.kind === 'error' || phase.kind === 'declined' ? 'alert' : 'status'}
      className="text-sm"
      data-testid="pay-status"
    >
      {text}
    </p>
  );
}
