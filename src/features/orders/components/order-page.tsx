import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { isLive } from '@/api/order-live';
import { orderQueries } from '@/api/orders';
import { ErrorPanel } from '@/components/ui/error-panel';
import { PageHeading } from '@/components/ui/page-heading';
import { ApiError } from '@/lib/api-errors';
import { useT } from '@/lib/i18n/use-t';
import { OrderSkeleton } from './order-skeleton';
import { OrderView, type PayPanel } from './order-view';

export type { PayPanel };

/**
 * `payPanel` is where paying lives: the route passes the payments feature in, keeping features apart (and
 * leaves it out for a role that may not pay). `sandbox` says whether transaction hashes are of the
 * simulated chain (not linked to a public explorer). `canCancel`: the member's role may cancel orders.
 */
export function OrderPage({ payPanel, sandbox, canCancel }: { payPanel?: PayPanel; sandbox: boolean; canCancel: boolean }) {
  const t = useT();
  const { id: raw = '' } = useParams();
  const id = /^\d{1,15}$/.test(raw) ? Number(raw) : null;
  const order = useQuery({
    ...orderQueries.detail(id ?? 0),
    enabled: id !== null,
    // A failed delivery is still moving: keep refreshing until its refund lands.
    refetchInterval: (query) =>
      query.state.data && (isLive(query.state.data) || query.state.data.status === 'failed') ? 2000 : false,
  });
  if (id === null) return <NotFound raw={raw} />;
  if (order.isPending) return <OrderSkeleton id={id} />;
  if (order.isError) {
    if (order.error instanceof ApiError && order.error.status === 404) return <NotFound raw={raw} />;
    return <ErrorPanel error={order.error} onRetry={() => void order.refetch()} title={t('order.loadError', { id })} />;
  }
  return <OrderView order={order.data} payPanel={payPanel} sandbox={sandbox} canCancel={canCancel} />;
}

function NotFound({ raw }: { raw: string }) {
  const t = useT();
  return (
    <div className="space-y-2">
      <PageHeading title={t('order.notFound.title')} />
      <p className="text-sm">{t('order.notFound.body', { id: raw })}</p>
      <Link to="/orders" className="text-sm text-accent underline">
        {t('order.notFound.back')}
      </Link>
    </div>
  );
}
