import { NewOrderLowBalance } from '@/features/balance/components/new-order-low-balance';
import { NewOrderPage } from '@/features/orders/components/new-order/new-order-page';
import { useCan } from '@/lib/permissions';
import { NotAllowed } from '../shell/not-allowed';

export default function Route() {
  const creates = useCan('orders.create');
  if (!creates) return <NotAllowed page="app.nav.newOrder" reason="app.notAllowed.createOrders" />;
  return <NewOrderPage notice={<NewOrderLowBalance />} />;
}
