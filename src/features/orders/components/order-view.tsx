import type { Order } from '@contract';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { useT } from '@/lib/i18n/use-t';
import { useNow } from '@/lib/use-now';
import { CancelOrder } from './cancel-order';
import { OrderBanner } from './order-banner';
import { OrderDetails } from './order-details';
import { PaymentInstructions } from './payment-instructions';
import { StatusBadge } from './status-badge';
import { StatusTimeline } from './status-timeline';

/** Renders the payment card's actions around `fields` (the copyable amount, address and memo). */
export type PayPanel = (order: Order, fields: ReactNode) => ReactNode;

/** One order, built around its state: a banner, the payment card while payable, the timeline, the details. */
export function OrderView({
  order,
  payPanel,
  sandbox,
  canCancel,
}: {
  order: Order;
  payPanel?: PayPanel;
  sandbox: boolean;
  canCancel: boolean;
}) {
  const t = useT();
  const now = useNow(1000, order.status === 'pending_payment');
  const payable = order.status === 'pending_payment' && Date.parse(order.expires_at) > now;
  const fields = <PaymentInstructions order={order} />;
  return (
    <article className="space-y-6">
      <div className="space-y-2">
        <Link to="/orders" className="text-sm text-accent underline">
          <span aria-hidden="true">← </span>
          {t('order.back')}
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <PageHeading title={t('order.title', { id: order.id })} />
          <span data-testid="order-status">
            <StatusBadge status={order.status} />
          </span>
        </div>
      </div>
      <OrderBanner order={order} payable={payable} />
      {payable && (
        <section
          aria-labelledby="pay-heading"
          className="space-y-4 rounded-xl border border-line bg-surface p-4 shadow-sm sm:p-5"
        >
          <h2 id="pay-heading" className="text-lg font-semibold">
            {t('order.pay.heading')}
          </h2>
          {payPanel ? payPanel(order, fields) : fields}
        </section>
      )}
      <StatusTimeline order={order} />
      {canCancel && <CancelOrder order={order} />}
      <OrderDetails order={order} sandbox={sandbox} />
    </article>
  );
}
