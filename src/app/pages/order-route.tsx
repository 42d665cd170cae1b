import { OrderPage } from '@/features/orders/components/order-page';

export default function Route() {
  return <OrderPage />;
}
