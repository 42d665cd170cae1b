import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { orderQueries } from '@/api/orders';
import { Button } from '@/components/ui/button';
import { ErrorPanel } from '@/components/ui/error-panel';
import { Pagination } from '@/components/ui/pagination';
import { useT } from '@/lib/i18n/use-t';
import { hasFilters, type OrderListParams } from '../list-params';
import { OrdersTable, OrdersTableSkeleton } from './orders-table';

interface OrderListProps {
  params: OrderListParams;
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
  onClearFilters: () => void;
  /** The member's role may create orders: an empty list then points to the New order page. */
  canCreate: boolean;
}

export function OrderList({ params, onPage, onPageSize, onClearFilters, canCreate }: OrderListProps) {
  const t = useT();
  const list = useQuery(orderQueries.list(params));
  if (list.isPending) return <OrdersTableSkeleton />;
  if (list.isError) return <ErrorPanel error={list.error} onRetry={() => void list.refetch()} title={t('orders.loadFailed')} />;
  if (list.data.items.length === 0) {
    const filtered = hasFilters(params) || params.page > 1;
    return (
      <div role="status" className="rounded-lg border border-dashed border-line-strong p-8 text-center">
        <p className="font-medium">{t(filtered ? 'orders.empty.filtered' : 'orders.empty.title')}</p>
        {filtered ? (
          <Button variant="secondary" className="mt-3" onClick={onClearFilters}>
            {t('orders.filters.clear')}
          </Button>
        ) : (
          <>
            <p className="mt-1 text-sm text-muted">{t('orders.empty.body')}</p>
            {canCreate && (
              <Link to="/orders/new" className="mt-3 inline-block font-medium text-accent underline underline-offset-2">
                {t('orders.empty.create')}
              </Link>
            )}
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
