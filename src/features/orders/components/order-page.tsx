import type { Order } from '@contract';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { orderQueries } from '@/api/orders';
import { ErrorPanel } from '@/components/ui/error-panel';
import { ApiError } from '@/lib/api-errors';
import { useNow } from '@/lib/use-now';
import { CancelOrder } from './cancel-order';
import { OrderDetails } from './order-details';
import { PaymentInstructions } from './payment-instructions';
import { StatusBadge } from './status-badge';
import { StatusTimeline } from './status-timeline';

/** `payPanel` is where paying lives: the route passes the payments feature in, keeping features apart. */
export function OrderPage({ payPanel }: { payPanel?: (order: Order) => ReactNode }) {
  const { id: raw = '' } = useParams();
  const id = /^\d{1,15}$/.test(raw) ? Number(raw) : null;
  const order = useQuery({ ...orderQueries.detail(id ?? 0), enabled: id !== null });
  if (id === null) return <NotFound raw={raw} />;
  if (order.isPending) return <p className="text-sm text-slate-600 dark:text-slate-400">Loading order #{id}…</p>;
  if (order.isError) {
    if (order.error instanceof ApiError && order.error.status === 404) return <NotFound raw={raw} />;
    return <ErrorPanel error={order.error} onRetry={() => void order.refetch()} title={`Could not load order #${id}`} />;
  }
  return <OrderView order={order.data} payPanel={payPanel} />;
}

function NotFound({ raw }: { raw: string }) {
  return (
    <div className="space-y-2">
      <h1 className="text-xl font-semibold">Order not found</h1>
      <p className="text-sm">No order of yours has the id “{raw}”.</p>
      <Link to="/orders" className="text-sm underline">
        Back to orders
      </Link>
    </div>
  );
}

function OrderView({ order, payPanel }: { order: Order; payPanel?: (order: Order) => ReactNode }) {
  const now = useNow(1000, order.status === 'pending_payment');
  const payable = order.status === 'pending_payment' && Date.parse(order.expires_at) > now;
  return (
    <article className="space-y-6">
      <div className="flex flex-wrap items-center gap-3">
        <Link to="/orders" className="text-sm underline">
          ← Orders
        </Link>
        <h1 className="text-xl font-semibold">Order #{order.id}</h1>
        <span data-testid="order-status">
          <StatusBadge status={order.status} />
        </span>
      </div>
      <StatusTimeline order={order} />
      {payable && (
        <section
          aria-labelledby="pay-heading"
          className="space-y-4 rounded-lg border border-amber-300 bg-amber-50 p-4 dark:border-amber-700 dark:bg-amber-950"
        >
          <h2 id="pay-heading" className="font-semibold">
            Pay this order
          </h2>
          {payPanel?.(order)}
          <PaymentInstructions order={order} />
        </section>
      )}
      {!payable && payPanel?.(order)}
      <CancelOrder order={order} />
      <OrderDetails order={order} />
    </article>
  );
}
