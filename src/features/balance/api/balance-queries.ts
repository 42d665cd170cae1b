import { balanceTransactionPageSchema, tonRateSchema } from '@contract';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-fetch';

export interface TransactionParams {
  page: number;
  pageSize: number;
  type?: string;
}

export const transactionQueries = {
  all: () => ['balance', 'transactions'] as const,
  list: (params: TransactionParams, refetchInterval: number | false = false) =>
    queryOptions({
      queryKey: [...transactionQueries.all(), params] as const,
      queryFn: ({ signal }) => {
        const query = new URLSearchParams({
          limit: String(params.pageSize),
          offset: String((params.page - 1) * params.pageSize),
        });
        if (params.type) query.set('type', params.type);
        return apiFetch(`/api/v1/balance/transactions?${query}`, balanceTransactionPageSchema, { signal });
      },
      placeholderData: keepPreviousData,
      refetchInterval,
    }),
};

export const rateQueries = {
  tonUsd: () =>
    queryOptions({
      queryKey: ['pricing', 'ton-rate'],
      queryFn: ({ signal }) => apiFetch('/api/v1/pricing/ton-rate', tonRateSchema, { signal }),
      staleTime: 60_000,
    }),
};
