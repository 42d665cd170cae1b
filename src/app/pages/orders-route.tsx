import { ExportButton } from '@/features/export/components/export-button';
import { OrdersPage } from '@/features/orders/components/orders-page';

/** The orders list with CSV export plugged in (the export machinery itself loads on first click). */
export function OrdersRoute() {
  return (
    <OrdersPage
      renderExport={(scope) => (
        <ExportButton
          source={
            'reference' in scope ? { kind: 'reference', reference: scope.reference } : { kind: 'orders', filters: scope.filters }
          }
        />
      )}
    />
  );
}
