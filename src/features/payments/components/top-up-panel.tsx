import { type Balance, nanoToTon, transferResultSchema } from '@contract';
import { type FormEvent, useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { errorMessage } from '@/lib/api-errors';
import { apiFetch } from '@/lib/api-fetch';
import { MAX_VALIDITY_SECONDS, type PlannedTransfer, parseTonAmount, tonTransferLink } from '@/lib/ton/transfer';
import { NETWORK_NAME } from '../config';
import { isRejection, sendWithWallet } from '../wallet/send';
import { useWallet } from '../wallet/use-wallet';
import { QrCode } from './qr-code';

type Phase = 'idle' | 'waiting' | 'sent' | 'declined' | { error: string };

/** Top up the partner balance: an exact amount to `topup_address`, by wallet, QR/link, or sandbox simulation. */
export function TopUpPanel({ balance, sandbox, onSent }: { balance: Balance; sandbox: boolean; onSent: () => void }) {
  const wallet = useWallet({ eager: true });
  const [amount, setAmount] = useState('');
  const [touched, setTouched] = useState(false);
  const [phase, setPhase] = useState<Phase>('idle');
  const id = useId();
  const parsed = parseTonAmount(amount);
  const transfer: PlannedTransfer | null = parsed.ok
    ? { address: balance.topup_address, amountNano: parsed.nano.toString(), comment: null }
    : null;

  const run = async (send: (t: PlannedTransfer) => Promise<void>) => {
    setTouched(true);
    if (!transfer) return;
    setPhase('waiting');
    try {
      await send(transfer);
      setPhase('sent');
      onSent();
    } catch (error) {
      setPhase((await isRejection(error).catch(() => false)) ? 'declined' : { error: errorMessage(error) });
    }
  };
  const viaWallet = (t: PlannedTransfer) => sendWithWallet(t, Math.floor(Date.now() / 1000) + MAX_VALIDITY_SECONDS);
  const viaSandbox = async (t: PlannedTransfer) => {
    const result = await apiFetch('/sandbox/transfers', transferResultSchema, {
      method: 'POST',
      body: { address: t.address, amount: t.amountNano },
    });
    if (result.outcome !== 'topup_credited')
      throw new Error(`the simulated chain did not credit the balance (${result.outcome})`);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(viaWallet);
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="text-sm font-medium">
          Top up amount (TON)
        </label>
        <input
          id={id}
          className={`${inputClass} w-40 font-mono`}
          inputMode="decimal"
          placeholder="e.g. 25"
          value={amount}
          aria-invalid={touched && !parsed.ok}
          aria-describedby={touched && !parsed.ok ? `${id}-error` : undefined}
          onChange={(e) => {
            setAmount(e.target.value);
            setPhase('idle');
          }}
          onBlur={() => setTouched(amount !== '')}
        />
        {touched && !parsed.ok && (
          <p id={`${id}-error`} className="text-sm text-red-700 dark:text-red-400">
            {parsed.error}
          </p>
        )}
      </div>
      <div className="flex flex-wrap gap-2">
        {wallet.wrongNetwork ? (
          <p role="alert" className="text-sm text-red-700 dark:text-red-400">
            Your wallet is on the wrong network; switch it to TON {NETWORK_NAME}.
          </p>
        ) : wallet.account ? (
          <Button type="submit" disabled={phase === 'waiting'}>
            Top up {transfer ? `${nanoToTon(transfer.amountNano)} TON` : ''} with {wallet.account.walletName}
          </Button>
        ) : (
          <Button onClick={() => void wallet.connect()} disabled={wallet.status === 'loading'}>
            Connect a wallet to top up
          </Button>
        )}
        {sandbox && (
          <Button variant="secondary" onClick={() => void run(viaSandbox)} disabled={phase === 'waiting'}>
            Simulate top-up (sandbox)
          </Button>
        )}
      </div>
      <p role="status" className="text-sm" data-testid="topup-status">
        {phase === 'waiting' && 'Waiting for your wallet — confirm the transfer there.'}
        {phase === 'sent' && 'Top-up sent. The balance updates when it arrives.'}
        {phase === 'declined' && 'You declined the transfer in your wallet. Nothing was sent.'}
        {typeof phase === 'object' && `The top-up did not go through: ${phase.error}`}
      </p>
      {transfer && (
        <details className="text-sm">
          <summary className="cursor-pointer">Top up from a wallet without TonConnect (QR code or link)</summary>
          <div className="mt-2 flex flex-wrap items-center gap-4">
            <QrCode
              value={tonTransferLink(transfer)}
              label={`QR code: send ${nanoToTon(transfer.amountNano)} TON to the top-up address`}
            />
            <a className="underline" href={tonTransferLink(transfer)}>
              Open in wallet app
            </a>
          </div>
        </details>
      )}
    </form>
  );
}
