import type { BalanceTransactionType } from '@contract';
import type { OrderExportFilters } from '@contract/export';
import { queryOptions } from '@tanstack/react-query';
import { fetchTransactionPage } from '@/api/balance';
import { ordersByReference } from '@/api/order-search';
import { fetchOrderPage, type OrderListFilters, orderListQuery } from '@/api/orders';

/** What to export: a filtered orders list (the list's own typed filters), a reference search's results, or balance transactions. */
export type ExportSource =
  | { kind: 'orders'; filters: OrderListFilters }
  | { kind: 'reference'; reference: string }
  | { kind: 'transactions'; type?: BalanceTransactionType };

/**
 * The list's filters as the API names them — through `orderListQuery`, the one place dashboard filter names
 * become API query names, so the export asks for exactly the rows the list shows (days in the partner's zone
 * become UTC instants there too).
 */
export function orderExportFilters(filters: OrderListFilters): OrderExportFilters {
  const query = orderListQuery(filters, 1, 0);
  const value = (name: string) => query.get(name) ?? undefined;
  return {
    status: filters.status,
    order_type: filters.type,
    created_from: value('created_from'),
    created_to: value('created_to'),
    recipient: value('recipient'),
  };
}

/**
 * How many rows the export will hold, asked before it starts: the `total` of the first page of the very
 * query the export runs (so it cannot disagree with the export's filters).
 */
export function exportCountQuery(source: ExportSource) {
  return queryOptions({
    queryKey: ['export', 'count', source] as const,
    queryFn: async ({ signal }) => {
      if (source.kind === 'transactions') return (await fetchTransactionPage(source.type, 0, signal)).total;
      if (source.kind === 'orders') return (await fetchOrderPage(source.filters, 0, signal)).total;
      return (await ordersByReference(source.reference, { signal })).length;
    },
    staleTime: 0,
  });
}
