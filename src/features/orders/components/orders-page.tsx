import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { ErrorPanel } from '@/components/ui/error-panel';
import { orderQueries } from '../api/order-queries';
import { type OrderListParams, parseListParams, toSearch } from '../list-params';
import { OrdersTable, OrdersTableSkeleton } from './orders-table';
import { Pagination } from './pagination';

export function OrdersPage() {
  const [search, setSearch] = useSearchParams();
  const params = parseListParams(search);
  const list = useQuery(orderQueries.list(params));
  const update = (next: Partial<OrderListParams>) => setSearch(toSearch({ ...params, ...next }));

  return (
    <section className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-xl font-semibold">Orders</h1>
        <Link to="/orders/new" className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700">
          New order
        </Link>
      </div>
      {list.isPending ? (
        <OrdersTableSkeleton />
      ) : list.isError ? (
        <ErrorPanel error={list.error} onRetry={() => void list.refetch()} title="Could not load orders" />
      ) : list.data.items.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
          <p className="font-medium">No orders yet</p>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Orders you create will show up here, newest first.</p>
        </div>
      ) : (
        <>
          <OrdersTable orders={list.data.items} />
          <Pagination
            page={params.page}
            pageSize={params.pageSize}
            total={list.data.total}
            onPage={(page) => update({ page })}
            onPageSize={(pageSize) => update({ pageSize, page: 1 })}
          />
        </>
      )}
    </section>
  );
}
