import type { OrderListFilters } from '@/api/orders';

/** What an export of the current view covers; the route turns it into the export feature's button. */
export type ExportScope = { filters: OrderListFilters } | { reference: string };
