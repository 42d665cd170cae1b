import type { BalanceTransactionType } from '@contract';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { balanceQueries } from '@/api/balance';
import { sessionQueries } from '@/api/session';
import { ErrorPanel } from '@/components/ui/error-panel';
import { Pagination } from '@/components/ui/pagination';
import { Skeleton } from '@/components/ui/skeleton';
import { useT } from '@/lib/i18n/use-t';
import { useUrlState } from '@/lib/url-state';
import { parseTransactionParams, transactionSearch } from '../list-params';
import { TransactionCards } from './transaction-cards';
import { TransactionTypeFilter } from './transaction-type-filter';
import { TransactionsTable } from './transactions-table';

interface TransactionsSectionProps {
  watching: boolean;
  renderExport?: (type: BalanceTransactionType | undefined) => ReactNode;
}

/** Balance transactions with a type filter and pages, all held in the URL: a table on wide screens, cards on phones. */
export function TransactionsSection({ watching, renderExport }: TransactionsSectionProps) {
  const t = useT();
  const [params, setParams] = useUrlState(parseTransactionParams, transactionSearch);
  const transactions = useQuery(balanceQueries.transactions(params, watching ? 2000 : false));
  const mode = useQuery(sessionQueries.current()).data?.mode;
  return (
    <section aria-labelledby="tx-heading" className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 id="tx-heading" className="text-lg font-semibold">
          {t('balance.tx.heading')}
        </h2>
        <div className="flex flex-wrap items-center gap-3">
          <TransactionTypeFilter value={params.type} onChange={(type) => setParams({ ...params, page: 1, type })} />
          {renderExport?.(params.type)}
        </div>
      </div>
      {transactions.isPending ? (
        <div role="status" aria-busy="true" aria-label={t('balance.tx.loading')} className="space-y-2">
          {[0, 1, 2, 3].map((row) => (
            <Skeleton key={row} className="h-10 w-full" />
          ))}
        </div>
      ) : transactions.isError ? (
        <ErrorPanel error={transactions.error} onRetry={() => void transactions.refetch()} title={t('balance.tx.loadError')} />
      ) : transactions.data.items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-line-strong p-6 text-center text-sm text-muted">
          {params.type ? t('balance.tx.emptyType') : t('balance.tx.empty')}
        </p>
      ) : (
        <>
          <TransactionsTable items={transactions.data.items} mode={mode} />
          <TransactionCards items={transactions.data.items} mode={mode} />
          <Pagination
            page={params.page}
            pageSize={params.pageSize}
            total={transactions.data.total}
            onPage={(page) => setParams({ ...params, page })}
            onPageSize={(pageSize) => setParams({ ...params, page: 1, pageSize })}
          />
        </>
      )}
    </section>
  );
}
