import { ExportButton } from '@/features/export/components/export-button';
import { OrdersPage } from '@/features/orders/components/orders-page';
import { useCan } from '@/lib/permissions';

/** The orders list with CSV export plugged in for roles that may export (the machinery loads on first click). */
export function OrdersRoute() {
  const exports = useCan('orders.export');
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
    />
  );
}
