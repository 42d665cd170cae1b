import type { BalanceTransaction, BalanceTransactionType, Order } from '@contract';
import { queryOptions } from '@tanstack/react-query';
import type { ExportEvent } from '@/api/audit-events';
import { fetchTransactionPage } from '@/api/balance';
import { ordersByReference } from '@/api/order-search';
import { fetchOrderPage, type OrderListFilters } from '@/api/orders';
import { retryDelay, shouldRetry } from '@/lib/query-client';
import type { Page } from './run-export';

/** What to export: a filtered orders list (the list's own typed filters), a reference search's results, or balance transactions. */
export type ExportSource =
  | { kind: 'orders'; filters: OrderListFilters }
  | { kind: 'reference'; reference: string }
  | { kind: 'transactions'; type?: BalanceTransactionType };

/** What the audit log keeps of a finished export: which list, its filters as text, how many rows. */
export function exportEventOf(source: ExportSource, rows: number): ExportEvent {
  if (source.kind === 'transactions') return { source: 'transactions', filters: source.type ? { type: source.type } : {}, rows };
  if (source.kind === 'reference') return { source: 'orders', filters: { reference: source.reference }, rows };
  const filters = Object.entries(source.filters).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  return { source: 'orders', filters: Object.fromEntries(filters), rows };
}

function abortable(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });
}

/** Same retry policy as queries (network, 5xx, 429 with Retry-After), so a rate limit slows an export down instead of failing it. */
async function withRetry<T>(run: () => Promise<T>, signal: AbortSignal): Promise<T> {
  for (let failures = 0; ; failures += 1) {
    try {
      return await run();
    } catch (error) {
      if (signal.aborted || !shouldRetry(failures, error)) throw error;
      await abortable(retryDelay(failures + 1, error), signal);
    }
  }
}

export function orderPages(source: Exclude<ExportSource, { kind: 'transactions' }>) {
  return (offset: number, signal: AbortSignal): Promise<Page<Order>> =>
    withRetry(async () => {
      if (source.kind === 'orders') return fetchOrderPage(source.filters, offset, signal);
      const items = await ordersByReference(source.reference, { signal });
      return { items, total: items.length };
    }, signal);
}

export function transactionPages(type: BalanceTransactionType | undefined) {
  return (offset: number, signal: AbortSignal): Promise<Page<BalanceTransaction>> =>
    withRetry(() => fetchTransactionPage(type, offset, signal), signal);
}

/**
 * How many rows the export will hold, asked before it starts: the `total` of the first page of the very
 * query the export runs (so it cannot disagree with the export's filters).
 */
export function exportCountQuery(source: ExportSource) {
  return queryOptions({
    queryKey: ['export', 'count', source] as const,
    queryFn: async ({ signal }) =>
      (source.kind === 'transactions' ? await transactionPages(source.type)(0, signal) : await orderPages(source)(0, signal))
        .total,
    staleTime: 0,
  });
}
