import type { Balance, BalanceTransactionType } from '@contract';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect } from 'react';
import { balanceQueries } from '@/api/balance';
import { ErrorPanel } from '@/components/ui/error-panel';
import { PageHeading } from '@/components/ui/page-heading';
import { Skeleton } from '@/components/ui/skeleton';
import { useT } from '@/lib/i18n/use-t';
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
  const t = useT();
  const watch = useTopUpWatch();
  const balance = useQuery({ ...balanceQueries.current(), refetchInterval: watch.watching ? 2000 : 30_000 });
  const { settle } = watch;
  useEffect(() => settle(balance.data), [settle, balance.data]);

  return (
    <section className="space-y-6">
      <PageHeading title={t('balance.title')} />
      {balance.isPending ? (
        <div role="status" aria-busy="true" aria-label={t('balance.loading')} className="grid gap-4 md:grid-cols-2">
          <Skeleton className="h-48" />
          <Skeleton className="h-48" />
        </div>
      ) : balance.isError ? (
        <ErrorPanel error={balance.error} onRetry={() => void balance.refetch()} title={t('balance.loadError')} />
      ) : (
        <div className="grid items-start gap-4 md:grid-cols-2">
          <BalanceCard balance={balance.data} />
          <TopUpCard address={balance.data.topup_address} watching={watch.watching}>
            {topUp?.(balance.data, () => watch.start(balance.data))}
          </TopUpCard>
        </div>
      )}
      {!balance.isError && <TransactionsSection watching={watch.watching} renderExport={renderExport} />}
    </section>
  );
}
