import { orderPageSchema, orderSchema } from '@contract';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-fetch';
import { type OrderListParams, toApiQuery } from '../list-params';

export const orderQueries = {
  all: () => ['orders'] as const,
  lists: () => [...orderQueries.all(), 'list'] as const,
  list: (params: OrderListParams) =>
    queryOptions({
      queryKey: [...orderQueries.lists(), params] as const,
      queryFn: ({ signal }) => apiFetch(`/api/v1/orders?${toApiQuery(params)}`, orderPageSchema, { signal }),
      placeholderData: keepPreviousData,
    }),
  detail: (id: number) =>
    queryOptions({
      queryKey: [...orderQueries.all(), 'detail', id] as const,
      queryFn: ({ signal }) => apiFetch(`/api/v1/orders/${id}`, orderSchema, { signal }),
    }),
};
