import { lazy, Suspense } from 'react';
import { ExportButton } from '@/features/export/components/export-button';
import { OrdersPage } from '@/features/orders/components/orders-page';
import { useCan } from '@/lib/permissions';
import { useSandbox } from '../use-sandbox';

// Paying several orders loads once the first one is picked (the orders list is the app's first chunk).
const PaySelected = lazy(() => import('@/features/payments/components/pay-selected').then((m) => ({ default: m.PaySelected })));

/**
 * The orders list with CSV export plugged in for roles that may export, and paying picked orders together
 * for roles that pay (each machinery loads on first use).
 */
export function OrdersRoute() {
  const exports = useCan('orders.export');
  const pays = useCan('payments.send');
  const sandbox = useSandbox();
  return (
    <OrdersPage
      canCreate={useCan('orders.create')}
      renderExport={
        exports
          ? (scope) => (
              <ExportButton
                source={
                  'reference' in scope
                    ? { kind: 'reference', reference: scope.reference }
                    : { kind: 'orders', filters: scope.filters }
                }
              />
            )
          : undefined
      }
      renderPay={
        pays
          ? ({ orders, clear, drop }) => (
              <Suspense fallback={null}>
                <PaySelected
                  sandbox={sandbox}
                  selected={orders.map((order) => ({ id: order.id, priceTon: order.price_ton }))}
                  onClear={clear}
                  onPaid={drop}
                />
              </Suspense>
            )
          : undefined
      }
    />
  );
}
