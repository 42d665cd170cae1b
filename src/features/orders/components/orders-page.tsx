import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { orderQueries } from '@/api/orders';
import { ErrorPanel } from '@/components/ui/error-panel';
import { Pagination } from '@/components/ui/pagination';
import { useUrlState } from '@/lib/url-state';
import type { ExportScope } from '../export-scope';
import { filtersOf, hasFilters, type OrderListParams, parseListParams, toSearch } from '../list-params';
import { OrderFilters } from './order-filters';
import { OrderSearch } from './order-search';
import { OrdersTable, OrdersTableSkeleton } from './orders-table';
import { SearchResults } from './search-results';

export function OrdersPage({ renderExport }: { renderExport?: (scope: ExportScope) => ReactNode }) {
  const [params, setParams] = useUrlState(parseListParams, toSearch);
  const update = (next: Partial<OrderListParams>) => setParams({ ...params, page: 1, ...next });
  const filters = filtersOf(params);

  return (
    <section className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-xl font-semibold">Orders</h1>
        <Link to="/orders/new" className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700">
          New order
        </Link>
      </div>
      <OrderSearch value={params.q} onSearch={(next) => update({ q: next })} />
      {params.q ? (
        <SearchResults q={params.q} renderExport={renderExport} />
      ) : (
        <>
          <div className="flex flex-wrap items-end justify-between gap-3">
            <OrderFilters value={filters} onChange={(next) => setParams({ page: 1, pageSize: params.pageSize, ...next })} />
            {renderExport?.({ filters })}
          </div>
          <OrderList params={params} onPage={(p) => update({ page: p })} onPageSize={(size) => update({ pageSize: size })} />
        </>
      )}
    </section>
  );
}

interface OrderListProps {
  params: OrderListParams;
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
}

function OrderList({ params, onPage, onPageSize }: OrderListProps) {
  const list = useQuery(orderQueries.list(params));
  if (list.isPending) return <OrdersTableSkeleton />;
  if (list.isError) return <ErrorPanel error={list.error} onRetry={() => void list.refetch()} title="Could not load orders" />;
  if (list.data.items.length === 0) {
    return (
      <div className="rounded-lg border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
        {hasFilters(params) || params.page > 1 ? (
          <p className="font-medium">No orders match these filters.</p>
        ) : (
          <>
            <p className="font-medium">No orders yet</p>
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
              <Link to="/orders/new" className="underline">
                Create your first order
              </Link>
              ; it will show up here, newest first.
            </p>
          </>
        )}
      </div>
    );
  }
  return (
    <>
      <OrdersTable orders={list.data.items} />
      <Pagination page={params.page} pageSize={params.pageSize} total={list.data.total} onPage={onPage} onPageSize={onPageSize} />
    </>
  );
}
