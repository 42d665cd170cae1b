import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { classifySearch } from '@/api/order-search';
import { orderQueries } from '@/api/orders';
import { ErrorPanel } from '@/components/ui/error-panel';
import type { ExportScope } from '../export-scope';
import { describeTarget } from '../search-target';
import { OrdersTable, OrdersTableSkeleton } from './orders-table';

export function SearchResults({ q, renderExport }: { q: string; renderExport?: (scope: ExportScope) => ReactNode }) {
  const search = useQuery(orderQueries.search(q));
  const classified = classifySearch(q);
  const target = describeTarget(classified);
  if (search.isPending) return <OrdersTableSkeleton rows={3} />;
  if (search.isError) return <ErrorPanel error={search.error} onRetry={() => void search.refetch()} title="Search failed" />;
  if (search.data.length === 0) {
    return (
      <div role="status" className="rounded-lg border border-dashed border-slate-300 p-6 text-center dark:border-slate-700">
        <p className="font-medium">{`No order matches ${target}.`}</p>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          Check the spelling; memos look like STARS-… or PREM-…, ids are numbers.
        </p>
      </div>
    );
  }
  return (
    <div className="space-y-2">
      <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
        {`${search.data.length === 1 ? '1 order matches' : `${search.data.length} orders match`} ${target}.`}
      </p>
      <OrdersTable orders={search.data} />
      {classified.kind === 'reference' && renderExport?.({ reference: classified.reference })}
    </div>
  );
}
