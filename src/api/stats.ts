import { statsSummarySchema } from '@contract';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { getJson } from './request';

export const statsQueries = {
  /** From the first to the last instant of a range, ISO UTC (`2026-04-23T17:00:00Z`): local days reach the API this way. */
  summary: (from: string, to: string) =>
    queryOptions({
      queryKey: ['stats', 'summary', from, to],
      queryFn: (context) =>
        getJson(context, `/api/v1/orders/stats/summary?${new URLSearchParams({ from, to })}`, statsSummarySchema),
      placeholderData: keepPreviousData,
    }),
};
