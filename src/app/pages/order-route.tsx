import { useQuery } from '@tanstack/react-query';
import { sessionQueries } from '@/api/session';
import { OrderPage } from '@/features/orders/components/order-page';
import { PayOrderPanel } from '@/features/payments/components/pay-order-panel';

/** The order page with paying plugged in (features stay independent; the route composes them). */
export default function Route() {
  const session = useQuery(sessionQueries.current());
  const sandbox = session.data?.mode === 'sandbox';
  return <OrderPage payPanel={(order) => <PayOrderPanel order={order} sandbox={sandbox} />} />;
}
