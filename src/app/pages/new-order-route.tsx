import { NewOrderPage } from '@/features/orders/components/new-order/new-order-page';

export default function Route() {
  return <NewOrderPage />;
}
