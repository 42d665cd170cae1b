import { useQuery } from '@tanstack/react-query';
import { sessionQueries } from '@/api/session';
import { OrderPage } from '@/features/orders/components/order-page';
import { PayOrderPanel } from '@/features/payments/components/pay-order-panel';

/** The order page with paying plugged in (features stay independent; the route composes them). */
export default function Route() {
  const session = useQuery(sessionQueries.current());
  // Until the session says "upstream", hashes are treated as the simulated chain's: never a mainnet link to nowhere.
  const sandbox = session.data?.mode !== 'upstream';
  return (
    <OrderPage
      sandbox={sandbox}
      payPanel={(order, fields) => <PayOrderPanel order={order} sandbox={session.data?.mode === 'sandbox'} fields={fields} />}
    />
  );
}
