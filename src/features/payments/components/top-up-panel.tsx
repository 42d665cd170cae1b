import { type Balance, nanoToTon } from '@contract';
import { type FormEvent, useState } from 'react';
import { reportPayment } from '@/api/audit-events';
import { simulateTransfer } from '@/api/sandbox';
import { Button } from '@/components/ui/button';
import { useT } from '@/lib/i18n/use-t';
import {
  MAX_TOPUP_TON,
  MAX_VALIDITY_SECONDS,
  type PlannedTransfer,
  parseTonAmount,
  type TonAmountError,
} from '@/lib/ton/transfer';
import { useFormat } from '@/lib/use-format';
import type { MessageId } from '@/locales/compiled/message-id';
import { OutcomeError } from '../outcome-error';
import { usePaymentPhase } from '../use-payment-phase';
import { sendWithWallet } from '../wallet/send';
import { useWallet } from '../wallet/use-wallet';
import { OtherWallet } from './other-wallet';
import { TopUpAmount } from './top-up-amount';
import { TopUpStatus } from './top-up-status';
import { useWrongNetworkText, WalletButton } from './wallet-button';

const AMOUNT_ERRORS: Record<TonAmountError, MessageId> = {
  empty: 'payments.amount.empty',
  format: 'payments.amount.format',
  decimals: 'payments.amount.decimals',
  positive: 'payments.amount.positive',
  tooMuch: 'payments.amount.tooMuch',
};

/** Top up the partner balance: an exact amount to `topup_address`, by wallet, QR/link, or sandbox simulation. */
export function TopUpPanel({ balance, sandbox, onSent }: { balance: Balance; sandbox: boolean; onSent: () => void }) {
  const t = useT();
  const f = useFormat();
  const wrongNetwork = useWrongNetworkText('payments.wrongNetworkTopUp');
  const wallet = useWallet({ eager: true });
  const [amount, setAmount] = useState('');
  const [touched, setTouched] = useState(false);
  const { phase, setPhase, run, busy } = usePaymentPhase();
  const parsed = parseTonAmount(amount);
  const transfer: PlannedTransfer | null = parsed.ok
    ? { address: balance.topup_address, amountNano: parsed.nano.toString(), comment: null }
    : null;

  const send = (via: (planned: PlannedTransfer) => Promise<void>) => {
    setTouched(true);
    if (!transfer) return;
    const sent = () => {
      void reportPayment({ kind: 'topup', amount_nano: transfer.amountNano, messages: 1 });
      onSent();
    };
    void run(() => via(transfer), sent);
  };
  const viaWallet = (planned: PlannedTransfer) => sendWithWallet(planned, Math.floor(Date.now() / 1000) + MAX_VALIDITY_SECONDS);
  const viaSandbox = async (planned: PlannedTransfer) => {
    const result = await simulateTransfer({ address: planned.address, amount: planned.amountNano });
    if (result.outcome !== 'topup_credited') throw new OutcomeError('payments.topUp.refused', result.outcome);
  };
  const shown = transfer ? t('common.ton', { amount: f.ton(nanoToTon(transfer.amountNano)) }) : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send(viaWallet);
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      <TopUpAmount
        value={amount}
        error={
          touched && !parsed.ok
            ? t(AMOUNT_ERRORS[parsed.error], { max: t('common.ton', { amount: f.ton(MAX_TOPUP_TON) }) })
            : null
        }
        onChange={(next) => {
          setAmount(next);
          setPhase({ kind: 'idle' });
        }}
        onBlur={() => setTouched(amount !== '')}
      />
      <div className="flex flex-wrap gap-2">
        <WalletButton
          wallet={wallet}
          action={(name) =>
            shown
              ? t('payments.topUp.action', { amount: shown, wallet: name })
              : t('payments.topUp.actionNoAmount', { wallet: name })
          }
          connectLabel={t('payments.topUp.connect')}
          wrongNetwork={wrongNetwork}
          busy={busy}
        />
        {sandbox && (
          <Button variant="secondary" onClick={() => send(viaSandbox)} disabled={busy}>
            {t('payments.topUp.simulate')}
          </Button>
        )}
      </div>
      <TopUpStatus phase={phase} />
      {transfer && (
        <OtherWallet
          transfer={transfer}
          summary={t('payments.topUp.otherWallet')}
          qrLabel={t('payments.topUp.qr', { amount: shown ?? '' })}
        />
      )}
    </form>
  );
}
