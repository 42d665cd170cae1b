import { nanoToTon, tonToNano } from '@contract';
import { Button } from '@/components/ui/button';
import { useT } from '@/lib/i18n/use-t';
import { MAX_WALLET_MESSAGES } from '@/lib/ton/batch';
import { useFormat } from '@/lib/use-format';
import { simulateBatch, useBatchPayment } from '../use-batch-payment';
import { useWallet } from '../wallet/use-wallet';
import { BatchPhaseMessage } from './batch-phase-message';
import { useWrongNetworkText, WalletButton } from './wallet-button';

export interface SelectedOrder {
  id: number;
  /** The price as listed, in TON (the API's number, or exact decimal text): the bar's total. Each order is read again before it is paid. */
  priceTon: number | string;
}

interface PaySelectedProps {
  selected: readonly SelectedOrder[];
  /** The embedded sandbox: payments can also go to its simulated chain, without a wallet. */
  sandbox: boolean;
  onClear: () => void;
  /** Orders whose payment the wallet accepted: the list takes them out of the selection. */
  onPaid: (ids: number[]) => void;
}

/**
 * The bar under a list with selected pending orders: their total, and one wallet confirmation for as many
 * of them as the connected wallet takes in a transaction (more confirmations, one after the other, beyond that).
 * Stays mounted once shown, so what happened is still said after the paid orders left the selection.
 */
export function PaySelected({ selected, sandbox, onClear, onPaid }: PaySelectedProps) {
  const t = useT();
  const f = useFormat();
  const wallet = useWallet({ eager: selected.length > 0 });
  const { phase, pay, busy } = useBatchPayment();
  const wrongNetwork = useWrongNetworkText('payments.wrongNetworkPay');
  const total = selected.reduce((sum, order) => sum + tonToNano(order.priceTon), 0n);
  const amount = t('common.ton', { amount: f.ton(nanoToTon(total)) });
  const max = wallet.account?.maxMessages ?? 1;
  const confirmations = Math.ceil(selected.length / max);
  const ids = selected.map((order) => order.id);
  const done = (paid: number[]) => {
    if (paid.length > 0) onPaid(paid);
  };
  const start = async () => done(await pay(ids, max));
  const simulate = async () => done(await pay(ids, MAX_WALLET_MESSAGES, simulateBatch));
  if (selected.length === 0 && phase.kind === 'idle') return null;
  return (
    <section
      aria-label={t('payments.batch.label')}
      className="sticky bottom-0 z-20 -mx-4 space-y-2 border-t border-line bg-surface px-4 py-3 shadow-lg sm:mx-0 sm:rounded-lg sm:border"
    >
      {selected.length > 0 && (
        <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
          <p className="text-sm font-medium" data-testid="pay-selected-summary">
            {t('payments.batch.summary', { count: selected.length, amount })}
          </p>
          <WalletButton
            wallet={wallet}
            action={(name) => t('payments.batch.pay', { count: selected.length, wallet: name })}
            connectLabel={t('payments.connectToPay')}
            wrongNetwork={wrongNetwork}
            busy={busy}
            onClick={() => void start()}
          />
          {sandbox && (
            <Button variant="secondary" onClick={() => void simulate()} disabled={busy}>
              {t('payments.batch.simulate')}
            </Button>
          )}
          <Button variant="ghost" onClick={onClear} disabled={busy}>
            {t('payments.batch.clear')}
          </Button>
        </div>
      )}
      {wallet.account && confirmations > 1 && phase.kind === 'idle' && (
        <p className="text-xs text-muted">
          {t('payments.batch.confirmations', { wallet: wallet.account.walletName, max, count: confirmations })}
        </p>
      )}
      <BatchPhaseMessage phase={phase} />
    </section>
  );
}
