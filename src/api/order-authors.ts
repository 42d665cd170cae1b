import { orderAuthorsSchema } from '@contract';
import { queryOptions } from '@tanstack/react-query';
import { getJson } from './request';

/** The route answers at most this many ids at once (a page of orders is at most 100). */
export const MAX_AUTHOR_IDS = 100;

/**
 * Who created each of these orders through the dashboard, in one request per page of orders; orders made
 * elsewhere (straight through the partner API) are absent. Authors never change, so they are fetched once.
 */
export const orderAuthorQueries = {
  all: () => ['order-authors'] as const,
  of: (ids: readonly number[]) => {
    const sorted = [...new Set(ids)].sort((a, b) => a - b).slice(0, MAX_AUTHOR_IDS);
    return queryOptions({
      queryKey: [...orderAuthorQueries.all(), sorted.join(',')] as const,
      queryFn: (context) => getJson(context, `/workspace/order-authors?ids=${sorted.join(',')}`, orderAuthorsSchema),
      enabled: sorted.length > 0,
      staleTime: Number.POSITIVE_INFINITY,
      // A missing name is no reason to interrupt anyone: no toast when a refresh fails.
      meta: { silent: true },
    });
  },
};
