import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { classifySearch } from '@/api/order-search';
import { orderQueries } from '@/api/orders';
import { ErrorPanel } from '@/components/ui/error-panel';
import { useT } from '@/lib/i18n/use-t';
import type { ExportScope } from '../export-scope';
import { describeTarget } from '../search-target';
import { OrdersTable, OrdersTableSkeleton } from './orders-table';

export function SearchResults({ q, renderExport }: { q: string; renderExport?: (scope: ExportScope) => ReactNode }) {
  const t = useT();
  const search = useQuery(orderQueries.search(q));
  const classified = classifySearch(q);
  const target = describeTarget(classified, t);
  if (search.isPending) return <OrdersTableSkeleton rows={3} />;
  if (search.isError)
    return <ErrorPanel error={search.error} onRetry={() => void search.refetch()} title={t('orders.search.failed')} />;
  if (search.data.length === 0) {
    return (
      <div role="status" className="rounded-lg border border-dashed border-line-strong p-6 text-center">
        <p className="font-medium">{t('orders.search.none', { target })}</p>
        <p className="mt-1 text-sm text-muted">{t('orders.search.noneHint')}</p>
      </div>
    );
  }
  return (
    <div className="space-y-2">
      <p role="status" className="text-sm text-muted">
        {t('orders.search.count', { count: search.data.length, target })}
      </p>
      <OrdersTable orders={search.data} />
      {classified.kind === 'reference' && renderExport?.({ reference: classified.reference })}
    </div>
  );
}
