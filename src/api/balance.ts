import { type BalanceTransactionType, balanceSchema, balanceTransactionPageSchema } from '@contract';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-fetch';
import { getJson, pageQuery } from './request';

export interface TransactionListRequest {
  page: number;
  pageSize: number;
  type?: BalanceTransactionType;
}

function transactionQuery(type: BalanceTransactionType | undefined, limit: number, offset: number): URLSearchParams {
  const query = pageQuery(limit, offset);
  if (type) query.set('type', type);
  return query;
}

/** One page of transactions for an export: the same query as the list, 100 rows at a time. */
export function fetchTransactionPage(type: BalanceTransactionType | undefined, offset: number, signal: AbortSignal) {
  return apiFetch(`/api/v1/balance/transactions?${transactionQuery(type, 100, offset)}`, balanceTransactionPageSchema, {
    signal,
  });
}

/** Shared by several features (new order, balance, payments): one key, one cache entry. */
export const balanceQueries = {
  all: () => ['balance'] as const,
  current: () =>
    queryOptions({
      queryKey: [...balanceQueries.all(), 'current'],
      queryFn: (context) => getJson(context, '/api/v1/balance', balanceSchema),
    }),
  transactions: ({ page, pageSize, type }: TransactionListRequest, refetchInterval: number | false = false) =>
    queryOptions({
      queryKey: [...balanceQueries.all(), 'transactions', { page, pageSize, type }] as const,
      queryFn: (context) =>
        getJson(
          context,
          `/api/v1/balance/transactions?${transactionQuery(type, pageSize, (page - 1) * pageSize)}`,
          balanceTransactionPageSchema,
        ),
      placeholderData: keepPreviousData,
      refetchInterval,
    }),
};
