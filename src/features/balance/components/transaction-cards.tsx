import type { BalanceTransaction, Session } from '@contract';
import { Time } from '@/components/ui/time';
import { useT } from '@/lib/i18n/use-t';
import { useFormat } from '@/lib/use-format';
import { OrderLink, SignedAmount, TxHash, TypeLabel } from './transaction-parts';

/** Transactions as cards on phones (below 768 px): type and signed amount first, then time, order and hash. */
export function TransactionCards({ items, mode }: { items: readonly BalanceTransaction[]; mode: Session['mode'] | undefined }) {
  const t = useT();
  const f = useFormat();
  return (
    <ul aria-label={t('balance.tx.caption')} className="space-y-2 md:hidden">
      {items.map((tx) => (
        <li key={tx.id} data-testid="transaction-card" className="space-y-1 rounded-lg border border-line bg-surface p-3 text-sm">
          <div className="flex items-baseline justify-between gap-3">
            <span className="font-medium">
              <TypeLabel type={tx.type} />
            </span>
            <span className="font-semibold">
              <SignedAmount amount={tx.amount_ton} decimals={0} />
            </span>
          </div>
          <div className="flex flex-wrap items-baseline justify-between gap-x-3 text-xs text-muted">
            <Time iso={tx.created_at} />
            <span>{t('balance.tx.balanceAfter', { amount: t('common.ton', { amount: f.ton(tx.balance_after_ton) }) })}</span>
          </div>
          <div className="flex flex-wrap items-baseline justify-between gap-x-3">
            <OrderLink id={tx.order_id} long />
            <TxHash hash={tx.tx_hash} mode={mode} />
          </div>
        </li>
      ))}
    </ul>
  );
}
