import type { BalanceTransactionType } from '@contract';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { balanceQueries } from '@/api/balance';
import { ErrorPanel } from '@/components/ui/error-panel';
import { Pagination } from '@/components/ui/pagination';
import { useUrlState } from '@/lib/url-state';
import { parseTransactionParams, transactionSearch, transactionType } from '../list-params';
import { TransactionsTable } from './transactions-table';

const typeOptions = [
  ['', 'All types'],
  ['topup', 'Top-ups'],
  ['order_debit', 'Order payments'],
  ['refund', 'Refunds'],
  ['adjustment', 'Adjustments'],
] as const;

interface TransactionsSectionProps {
  watching: boolean;
  renderExport?: (type: BalanceTransactionType | undefined) => ReactNode;
}

/** Balance transactions with a type filter and pages, all held in the URL. */
export function TransactionsSection({ watching, renderExport }: TransactionsSectionProps) {
  const [params, setParams] = useUrlState(parseTransactionParams, transactionSearch);
  const transactions = useQuery(balanceQueries.transactions(params, watching ? 2000 : false));
  return (
    <section aria-labelledby="tx-heading" className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 id="tx-heading" className="font-semibold">
          Transactions
        </h2>
        <label className="flex items-center gap-2 text-sm">
          Type
          <select
            className="rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
            value={params.type ?? ''}
            onChange={(e) => setParams({ ...params, page: 1, type: transactionType(e.target.value) })}
          >
            {typeOptions.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        {renderExport?.(params.type)}
      </div>
      {transactions.isPending ? (
        <p className="text-sm">Loading transactions…</p>
      ) : transactions.isError ? (
        <ErrorPanel error={transactions.error} onRetry={() => void transactions.refetch()} title="Could not load transactions" />
      ) : transactions.data.items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm dark:border-slate-700">
          {params.type
            ? 'No transactions of this type.'
            : 'No balance movements yet. Top-ups, balance-paid orders and refunds appear here.'}
        </p>
      ) : (
        <>
          <TransactionsTable items={transactions.data.items} />
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
