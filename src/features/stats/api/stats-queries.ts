import { statsSummarySchema } from '@contract';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-fetch';

export const statsQueries = {
  summary: (from: string, to: string) =>
    queryOptions({
      queryKey: ['stats', 'summary', from, to],
      queryFn: ({ signal }) => apiFetch(`/api/v1/orders/stats/summary?from=${from}&to=${to}`, statsSummarySchema, { signal }),
      placeholderData: keepPreviousData,
    }),
};
