import { type Balance, nanoToTon } from '@contract';
import { type FormEvent, useState } from 'react';
import { simulateTransfer } from '@/api/sandbox';
import { Button } from '@/components/ui/button';
import { MAX_VALIDITY_SECONDS, type PlannedTransfer, parseTonAmount } from '@/lib/ton/transfer';
import { usePaymentPhase } from '../use-payment-phase';
import { sendWithWallet } from '../wallet/send';
import { useWallet } from '../wallet/use-wallet';
import { OtherWallet } from './other-wallet';
import { TopUpAmount } from './top-up-amount';
import { TopUpStatus } from './top-up-status';
import { WalletButton, wrongNetworkForTopUp } from './wallet-button';

/** Top up the partner balance: an exact amount to `topup_address`, by wallet, QR/link, or sandbox simulation. */
export function TopUpPanel({ balance, sandbox, onSent }: { balance: Balance; sandbox: boolean; onSent: () => void }) {
  const wallet = useWallet({ eager: true });
  const [amount, setAmount] = useState('');
  const [touched, setTouched] = useState(false);
  const { phase, setPhase, run, busy } = usePaymentPhase();
  const parsed = parseTonAmount(amount);
  const transfer: PlannedTransfer | null = parsed.ok
    ? { address: balance.topup_address, amountNano: parsed.nano.toString(), comment: null }
    : null;

  const send = (via: (t: PlannedTransfer) => Promise<void>) => {
    setTouched(true);
    if (transfer) void run(() => via(transfer), onSent);
  };
  const viaWallet = (t: PlannedTransfer) => sendWithWallet(t, Math.floor(Date.now() / 1000) + MAX_VALIDITY_SECONDS);
  const viaSandbox = async (t: PlannedTransfer) => {
    const result = await simulateTransfer({ address: t.address, amount: t.amountNano });
    if (result.outcome !== 'topup_credited')
      throw new Error(`the simulated chain did not credit the balance (${result.outcome})`);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send(viaWallet);
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      <TopUpAmount
        value={amount}
        error={touched && !parsed.ok ? parsed.error : null}
        onChange={(next) => {
          setAmount(next);
          setPhase({ kind: 'idle' });
        }}
        onBlur={() => setTouched(amount !== '')}
      />
      <div className="flex flex-wrap gap-2">
        <WalletButton
          wallet={wallet}
          action={`Top up ${transfer ? `${nanoToTon(transfer.amountNano)} TON` : ''}`}
          connectLabel="Connect a wallet to top up"
          wrongNetwork={wrongNetworkForTopUp}
          busy={busy}
        />
        {sandbox && (
          <Button variant="secondary" onClick={() => send(viaSandbox)} disabled={busy}>
            Simulate top-up (sandbox)
          </Button>
        )}
      </div>
      <TopUpStatus phase={phase} />
      {transfer && (
        <OtherWallet
          transfer={transfer}
          summary="Top up from a wallet without TonConnect (QR code or link)"
          qrLabel={`QR code: send ${nanoToTon(transfer.amountNano)} TON to the top-up address`}
        />
      )}
    </form>
  );
}
