import { type BalanceTransaction, balanceTransactionPageSchema, type Order, orderListSchema, orderPageSchema } from '@contract';
import { apiFetch } from '@/lib/api-fetch';
import { retryDelay, shouldRetry } from '@/lib/query-client';
import type { Page } from './run-export';

/** What to export: a filtered orders list, a reference search's results, or balance transactions. */
export type ExportSource =
  | { kind: 'orders'; filters: Record<string, string | undefined> }
  | { kind: 'reference'; reference: string }
  | { kind: 'transactions'; type?: string };

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

const apiNames: Record<string, string> = {
  status: 'status',
  type: 'order_type',
  from: 'created_from',
  to: 'created_to',
  recipient: 'recipient',
};

export function orderPages(source: Exclude<ExportSource, { kind: 'transactions' }>) {
  return (offset: number, signal: AbortSignal): Promise<Page<Order>> =>
    withRetry(async () => {
      if (source.kind === 'reference') {
        const items = await apiFetch(`/api/v1/orders/by-reference/${encodeURIComponent(source.reference)}`, orderListSchema, {
          signal,
        });
        return { items, total: items.length };
      }
      const query = new URLSearchParams({ limit: '100', offset: String(offset) });
      for (const [name, value] of Object.entries(source.filters)) {
        const apiName = apiNames[name];
        if (value && apiName) query.set(apiName, value);
      }
      return apiFetch(`/api/v1/orders?${query}`, orderPageSchema, { signal });
    }, signal);
}

export function transactionPages(type: string | undefined) {
  return (offset: number, signal: AbortSignal): Promise<Page<BalanceTransaction>> =>
    withRetry(() => {
      const query = new URLSearchParams({ limit: '100', offset: String(offset) });
      if (type) query.set('type', type);
      return apiFetch(`/api/v1/balance/transactions?${query}`, balanceTransactionPageSchema, { signal });
    }, signal);
}
