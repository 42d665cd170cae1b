import { statsSummarySchema } from '@contract';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { getJson } from './request';

export const statsQueries = {
  /** Inclusive UTC days, `YYYY-MM-DD`. */
  summary: (from: string, to: string) =>
    queryOptions({
      queryKey: ['stats', 'summary', from, to],
      queryFn: (context) => getJson(context, `/api/v1/orders/stats/summary?from=${from}&to=${to}`, statsSummarySchema),
      placeholderData: keepPreviousData,
    }),
};
