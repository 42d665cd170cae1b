import { type Order, orderListSchema, orderPageSchema, orderSchema } from '@contract';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { ApiError } from '@/lib/api-errors';
import { type ApiFetchInit, apiFetch } from '@/lib/api-fetch';
import { type OrderListParams, toApiQuery } from '../list-params';
import { isLive, liveInterval } from '../live';
import { classifySearch, type SearchTarget } from '../search';

async function orNothing(request: Promise<Order>): Promise<Order[]> {
  try {
    return [await request];
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 400)) return [];
    throw error;
  }
}

/**
 * Runs the search box: an id is looked up as an id and as a reference (partners use numeric invoice
 * numbers too); a memo by memo, falling back to reference; anything else by reference (all matches).
 */
export async function searchOrders(target: SearchTarget, signal: AbortSignal, via?: ApiFetchInit['fetch']): Promise<Order[]> {
  const init = { signal, fetch: via };
  const byReference = (ref: string) => apiFetch(`/api/v1/orders/by-reference/${encodeURIComponent(ref)}`, orderListSchema, init);
  if (target.kind === 'id') {
    const [byId, byRef] = await Promise.all([
      orNothing(apiFetch(`/api/v1/orders/${target.id}`, orderSchema, init)),
      byReference(String(target.id)),
    ]);
    return [...byId, ...byRef.filter((o) => o.id !== target.id)];
  }
  if (target.kind === 'memo') {
    const found = await orNothing(apiFetch(`/api/v1/orders/by-memo/${encodeURIComponent(target.memo)}`, orderSchema, init));
    return found.length > 0 ? found : byReference(target.memo);
  }
  return byReference(target.reference);
}

export const orderQueries = {
  all: () => ['orders'] as const,
  lists: () => [...orderQueries.all(), 'list'] as const,
  list: (params: OrderListParams) =>
    queryOptions({
      queryKey: [...orderQueries.lists(), params] as const,
      queryFn: ({ signal }) => apiFetch(`/api/v1/orders?${toApiQuery(params)}`, orderPageSchema, { signal }),
      placeholderData: keepPreviousData,
      refetchInterval: (query) => liveInterval(query.state.data?.items),
    }),
  search: (q: string) =>
    queryOptions({
      queryKey: [...orderQueries.all(), 'search', q] as const,
      queryFn: ({ signal }) => searchOrders(classifySearch(q), signal),
      refetchInterval: (query) => liveInterval(query.state.data),
    }),
  detail: (id: number) =>
    queryOptions({
      queryKey: [...orderQueries.all(), 'detail', id] as const,
      queryFn: ({ signal }) => apiFetch(`/api/v1/orders/${id}`, orderSchema, { signal }),
      refetchInterval: (query) => (query.state.data && isLive(query.state.data) ? 2000 : false),
    }),
};
