import type { Order } from '@contract';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { reportPayment } from '@/api/audit-events';
import { simulateTransfer } from '@/api/sandbox';
import { Button } from '@/components/ui/button';
import { useT } from '@/lib/i18n/use-t';
import { isPayable, orderTransfer, tonTransferLink, validUntilSeconds } from '@/lib/ton/transfer';
import { useFormat } from '@/lib/use-format';
import { useNow } from '@/lib/use-now';
import { OutcomeError } from '../outcome-error';
import { recordSent, sentAt } from '../sent-payments';
import { useNarrowScreen } from '../use-narrow-screen';
import { usePaymentPhase } from '../use-payment-phase';
import { sendWithWallet } from '../wallet/send';
import { useWallet } from '../wallet/use-wallet';
import { OtherWallet } from './other-wallet';
import { PayAgainConfirm } from './pay-again-confirm';
import { PayHeadline } from './pay-headline';
import { PaymentPhaseMessage } from './payment-progress';
import { useWrongNetworkText, WalletButton } from './wallet-button';

/**
 * Paying one order: through the connected TonConnect wallet (exact nanotons, memo comment, valid until
 * min(expiry, now + 10 min)), a ton:// link (the main button on a phone) or QR for other wallets, or — in
 * the sandbox — a simulated transfer. Never offered unless the order is pending and unexpired; a second
 * payment needs confirming. `fields` (the copyable amount, address, memo) sit under the actions.
 */
export function PayOrderPanel({ order, sandbox, fields }: { order: Order; sandbox: boolean; fields?: ReactNode }) {
  const t = useT();
  const f = useFormat();
  const phone = useNarrowScreen();
  const wallet = useWallet({ eager: true });
  const now = useNow(1000, order.status === 'pending_payment');
  const { phase, run, busy } = usePaymentPhase();
  const [confirming, setConfirming] = useState(false);
  const [sentTime, setSentTime] = useState(() => sentAt(order.id));
  const wrongNetwork = useWrongNetworkText('payments.wrongNetworkPay');
  // The pay-again modal opens from the wallet button (not a Radix trigger): give the focus back to it on close.
  const actions = useRef<HTMLDivElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (wasConfirming.current && !confirming) actions.current?.querySelector<HTMLElement>('[data-wallet-action]')?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  if (!isPayable(order, now)) return null;

  const transfer = orderTransfer(order, now);
  const amount = t('common.ton', { amount: f.ton(order.price_ton) });
  // Sent (the wallet or the simulated chain accepted it): remembered here, and reported to the audit log.
  const markSent = () => {
    void reportPayment({ kind: 'order', order_id: order.id, amount_nano: transfer.amountNano, messages: 1 });
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
      if (result.outcome !== 'order_paid') throw new OutcomeError('payments.refusedOrder', result.outcome);
    }, markSent);

  return (
    <div className="space-y-4">
      <PayHeadline
        price={order.price_ton}
        left={Date.parse(order.expires_at) - now}
        sent={sentTime !== null || phase.kind === 'sent'}
      />
      <div ref={actions} className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
        {phone && (
          <a
            href={tonTransferLink(transfer)}
            className="inline-flex items-center justify-center rounded-md bg-accent px-4 py-3 text-base font-medium text-on-accent hover:bg-accent-strong"
          >
            {t('payments.openWalletApp')}
          </a>
        )}
        <WalletButton
          wallet={wallet}
          action={(name) => t('payments.payWith', { amount, wallet: name })}
          connectLabel={t('payments.connectToPay')}
          wrongNetwork={wrongNetwork}
          busy={busy}
          variant={phone ? 'secondary' : 'primary'}
          onClick={() => (sentTime ? setConfirming(true) : pay())}
        />
        {sandbox && (
          <Button variant="secondary" onClick={() => void simulate()} disabled={busy}>
            {t('payments.simulatePay')}
          </Button>
        )}
      </div>
      <PaymentPhaseMessage phase={phase} />
      {fields}
      <OtherWallet
        transfer={transfer}
        summary={t('payments.otherWallet')}
        qrLabel={t('payments.qrPay', { amount, memo: order.payment_memo })}
      />
      {sentTime && <PayAgainConfirm open={confirming} sentTime={sentTime} onPay={pay} onCancel={() => setConfirming(false)} />}
    </div>
  );
}
