import type { Balance, BalanceTransactionType } from '@contract';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect } from 'react';
import { balanceQueries } from '@/api/balance';
import { ErrorPanel } from '@/components/ui/error-panel';
import { useTopUpWatch } from '../use-top-up-watch';
import { BalanceCard } from './balance-card';
import { TopUpCard } from './top-up-card';
import { TransactionsSection } from './transactions-section';

interface BalancePageProps {
  /** Where topping up lives; the route passes the payments feature in. `onSent` starts watching for the credit. */
  topUp?: (balance: Balance, onSent: () => void) => ReactNode;
  /** The export feature's button for the transactions of this type (all when undefined). */
  renderExport?: (type: BalanceTransactionType | undefined) => ReactNode;
}

export function BalancePage({ topUp, renderExport }: BalancePageProps) {
  const watch = useTopUpWatch();
  const balance = useQuery({ ...balanceQueries.current(), refetchInterval: watch.watching ? 2000 : 30_000 });
  const { settle } = watch;
  useEffect(() => settle(balance.data), [settle, balance.data]);

  if (balance.isPending) return <p className="text-sm text-slate-600 dark:text-slate-400">Loading balance…</p>;
  if (balance.isError)
    return <ErrorPanel error={balance.error} onRetry={() => void balance.refetch()} title="Could not load the balance" />;

  return (
    <section className="space-y-6">
      <h1 className="text-xl font-semibold">Balance</h1>
      <div className="grid gap-4 md:grid-cols-2">
        <BalanceCard balance={balance.data} />
        <TopUpCard address={balance.data.topup_address} watching={watch.watching}>
          {topUp?.(balance.data, () => watch.start(balance.data))}
        </TopUpCard>
      </div>
      <TransactionsSection watching={watch.watching} renderExport={renderExport} />
    </section>
  );
}
