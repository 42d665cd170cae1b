import { nanoToTon, type Order } from '@contract';
import { useState } from 'react';
import { simulateTransfer } from '@/api/sandbox';
import { Button } from '@/components/ui/button';
import { isPayable, orderTransfer, validUntilSeconds } from '@/lib/ton/transfer';
import { useNow } from '@/lib/use-now';
import { recordSent, sentAt } from '../sent-payments';
import { usePaymentPhase } from '../use-payment-phase';
import { sendWithWallet } from '../wallet/send';
import { useWallet } from '../wallet/use-wallet';
import { OtherWallet } from './other-wallet';
import { PayAgainConfirm } from './pay-again-confirm';
import { PaymentPhaseMessage, SentPaymentStatus } from './payment-progress';
import { WalletButton, wrongNetworkForPayment } from './wallet-button';

/**
 * Paying one order: through the connected TonConnect wallet (exact nanotons, memo comment, valid until
 * min(expiry, now + 10 min)), a ton:// link or QR for other wallets, or — in the sandbox — a simulated
 * transfer. Never offered unless the order is pending and unexpired; a second payment needs confirming.
 */
export function PayOrderPanel({ order, sandbox }: { order: Order; sandbox: boolean }) {
  const wallet = useWallet({ eager: true });
  const now = useNow(1000, order.status === 'pending_payment');
  const { phase, run, busy } = usePaymentPhase();
  const [confirming, setConfirming] = useState(false);
  const [sentTime, setSentTime] = useState(() => sentAt(order.id));

  if (!isPayable(order, now)) return sentTime ? <SentPaymentStatus status={order.status} /> : null;

  const transfer = orderTransfer(order, now);
  const amount = nanoToTon(transfer.amountNano);
  const markSent = () => {
    recordSent(order.id);
    setSentTime(new Date().toISOString());
  };
  const pay = () => {
    setConfirming(false);
    void run(() => sendWithWallet(transfer, validUntilSeconds(order.expires_at, Date.now())), markSent);
  };
  const simulate = () =>
    run(async () => {
      const { commentPayload } = await import('@/lib/ton/comment');
      const payload = commentPayload(transfer.comment ?? '');
      const result = await simulateTransfer({ address: transfer.address, amount: transfer.amountNano, payload });
      if (result.outcome !== 'order_paid') throw new Error(`the simulated chain did not pay the order (${result.outcome})`);
    }, markSent);

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <WalletButton
          wallet={wallet}
          action={`Pay ${amount} TON`}
          connectLabel="Connect a wallet to pay"
          wrongNetwork={wrongNetworkForPayment}
          busy={busy}
          onClick={() => (sentTime ? setConfirming(true) : pay())}
        />
        {sandbox && (
          <Button variant="secondary" onClick={() => void simulate()} disabled={busy}>
            Simulate payment (sandbox)
          </Button>
        )}
      </div>
      {confirming && sentTime && <PayAgainConfirm sentTime={sentTime} onPay={pay} onCancel={() => setConfirming(false)} />}
      <PaymentPhaseMessage phase={phase} sentEarlier={sentTime !== null} />
      <OtherWallet
        transfer={transfer}
        summary="Pay from a wallet without TonConnect (QR code or link)"
        qrLabel={`QR code: pay ${amount} TON with memo ${order.payment_memo}`}
      />
    </div>
  );
}
