import { NewOrderLowBalance } from '@/features/balance/components/new-order-low-balance';
import { NewOrderPage } from '@/features/orders/components/new-order/new-order-page';

export default function Route() {
  return <NewOrderPage notice={<NewOrderLowBalance />} />;
}
