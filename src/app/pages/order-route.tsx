import { useQuery } from '@tanstack/react-query';
import { sessionQueries } from '@/api/session';
import { OrderPage } from '@/features/orders/components/order-page';
import { PayOrderPanel } from '@/features/payments/components/pay-order-panel';
import { useCan } from '@/lib/permissions';

/** The order page with paying plugged in for roles that may pay (features stay independent; the route composes them). */
export default function Route() {
  const session = useQuery(sessionQueries.current());
  const pays = useCan('payments.send');
  const canCancel = useCan('orders.cancel');
  // Until the session says "upstream", hashes are treated as the simulated chain's: never a mainnet link to nowhere.
  const sandbox = session.data?.mode !== 'upstream';
  return (
    <OrderPage
      sandbox={sandbox}
      canCancel={canCancel}
      payPanel={
        pays
          ? (order, fields) => <PayOrderPanel order={order} sandbox={session.data?.mode === 'sandbox'} fields={fields} />
          : undefined
      }
    />
  );
}
