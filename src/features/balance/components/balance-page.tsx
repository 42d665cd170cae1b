import type { Balance, BalanceTransactionType } from '@contract';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import { balanceQueries } from '@/api/balance';
import { pricingQueries } from '@/api/pricing';
import { CopyButton } from '@/components/ui/copy-button';
import { ErrorPanel } from '@/components/ui/error-panel';
import { Pagination } from '@/components/ui/pagination';
import { formatDateTime, formatTon } from '@/lib/format';
import { useUrlState } from '@/lib/url-state';
import { parseTransactionParams, transactionSearch, transactionType } from '../list-params';
import { formatUsd, isBelow, readThreshold, saveThreshold, usdCents } from '../money';
import { TransactionsTable } from './transactions-table';

const WATCH_MS = 3 * 60_000;

interface BalancePageProps {
  /** Where topping up lives; the route passes the payments feature in. `onSent` starts watching for the credit. */
  topUp?: (balance: Balance, onSent: () => void) => ReactNode;
  /** The export feature's button for the transactions of this type (all when undefined). */
  renderExport?: (type: BalanceTransactionType | undefined) => ReactNode;
}

export function BalancePage({ topUp, renderExport }: BalancePageProps) {
  const [params, setParams] = useUrlState(parseTransactionParams, transactionSearch);
  const [watchUntil, setWatchUntil] = useState(0);
  const watching = watchUntil > Date.now();
  const balance = useQuery({ ...balanceQueries.current(), refetchInterval: watching ? 2000 : 30_000 });
  const rate = useQuery(pricingQueries.tonUsd());
  const transactions = useQuery(balanceQueries.transactions(params, watching ? 2000 : false));
  const [threshold, setThreshold] = useState(readThreshold);
  const [sentAtBalance, setSentAtBalance] = useState<Balance | null>(null);

  // Stop watching once the balance has changed since the top-up was sent.
  useEffect(() => {
    const now = balance.data;
    if (
      watching &&
      sentAtBalance &&
      now &&
      (now.balance_ton !== sentAtBalance.balance_ton || now.updated_at !== sentAtBalance.updated_at)
    ) {
      setWatchUntil(0);
    }
  }, [watching, sentAtBalance, balance.data]);

  if (balance.isPending) return <p className="text-sm text-slate-600 dark:text-slate-400">Loading balance…</p>;
  if (balance.isError)
    return <ErrorPanel error={balance.error} onRetry={() => void balance.refetch()} title="Could not load the balance" />;
  const low = isBelow(balance.data.balance_ton, threshold);

  return (
    <section className="space-y-6">
      <h1 className="text-xl font-semibold">Balance</h1>
      <div className="grid gap-4 md:grid-cols-2">
        <div className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
          <p className="text-sm text-slate-600 dark:text-slate-400">Partner balance</p>
          <p className="font-mono text-3xl font-semibold" data-testid="balance-ton">
            {formatTon(balance.data.balance_ton)} TON
          </p>
          <p className="text-sm" data-testid="balance-usd">
            {rate.data
              ? `≈ ${formatUsd(usdCents(balance.data.balance_ton, rate.data.ton_usd))} at $${rate.data.ton_usd} per TON`
              : 'USD value loading…'}
          </p>
          <p className="text-xs text-slate-600 dark:text-slate-400">Updated {formatDateTime(balance.data.updated_at)}</p>
          {low && (
            <p role="alert" className="rounded-md bg-amber-100 p-2 text-sm text-amber-900 dark:bg-amber-900 dark:text-amber-100">
              Balance is below your alert threshold of {threshold} TON. Top up to keep paying orders from the balance.
            </p>
          )}
          <label className="flex flex-wrap items-center gap-2 text-sm">
            Low-balance alert below
            <input
              className="w-28 rounded-md border border-slate-300 bg-white px-2 py-1 font-mono dark:border-slate-600 dark:bg-slate-900"
              inputMode="decimal"
              placeholder="e.g. 50"
              value={threshold}
              onChange={(e) => {
                const value = e.target.value.trim();
                setThreshold(value);
                saveThreshold(value);
              }}
            />
            TON
          </label>
        </div>
        <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
          <p className="text-sm text-slate-600 dark:text-slate-400">Top-up address (plain TON transfers credit the balance)</p>
          <div className="flex items-center gap-2">
            <code className="break-all text-sm" data-testid="topup-address">
              {balance.data.topup_address}
            </code>
            <CopyButton value={balance.data.topup_address} label="top-up address" />
          </div>
          {topUp?.(balance.data, () => {
            setSentAtBalance(balance.data);
            setWatchUntil(Date.now() + WATCH_MS);
          })}
          {watching && (
            <p role="status" className="text-sm">
              Waiting for the top-up to arrive…
            </p>
          )}
        </div>
      </div>

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
              <option value="">All types</option>
              <option value="topup">Top-ups</option>
              <option value="order_debit">Order payments</option>
              <option value="refund">Refunds</option>
              <option value="adjustment">Adjustments</option>
            </select>
          </label>
          {renderExport?.(params.type)}
        </div>
        {transactions.isPending ? (
          <p className="text-sm">Loading transactions…</p>
        ) : transactions.isError ? (
          <ErrorPanel
            error={transactions.error}
            onRetry={() => void transactions.refetch()}
            title="Could not load transactions"
          />
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
    </section>
  );
}
