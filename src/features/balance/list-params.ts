import { balanceTransactionTypes } from '@contract';
import type { TransactionParams } from './api/balance-queries';

const SIZES = [20, 50, 100];

/** Transactions list state from the URL (lenient: bad values fall back to defaults). */
export function parseTransactionParams(search: URLSearchParams): TransactionParams {
  const page = Number(search.get('page'));
  const size = Number(search.get('size'));
  const type = search.get('type');
  return {
    page: Number.isSafeInteger(page) && page >= 1 ? page : 1,
    pageSize: SIZES.includes(size) ? size : 20,
    ...(type && (balanceTransactionTypes as readonly string[]).includes(type) ? { type } : {}),
  };
}

export function transactionSearch(params: TransactionParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.type) search.set('type', params.type);
  if (params.page !== 1) search.set('page', String(params.page));
  if (params.pageSize !== 20) search.set('size', String(params.pageSize));
  return search;
}
