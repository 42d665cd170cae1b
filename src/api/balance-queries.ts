import { balanceSchema } from '@contract';
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-fetch';

/** Shared by several features (new order, balance, payments): one key, one cache entry. */
export const balanceQueries = {
  all: () => ['balance'] as const,
  current: () =>
    queryOptions({
      queryKey: [...balanceQueries.all(), 'current'],
      queryFn: ({ signal }) => apiFetch('/api/v1/balance', balanceSchema, { signal }),
    }),
};
