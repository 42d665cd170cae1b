import {
  type CreatePremiumOrderInput,
  type CreateStarsOrderInput,
  MAX_PAGE_SIZE,
  type OrderStatus,
  type OrderType,
  orderPageSchema,
  orderSchema,
} from '@contract';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-fetch';
import { transportOf } from '@/lib/api-transport';
import { dayBoundary } from '@/lib/format';
import { isLive, liveInterval } from './order-live';
import { classifySearch, searchOrders } from './order-search';
import { getJson, pageQuery } from './request';

/** The list filters the API takes, as the dashboard names them. The list and its CSV export share them. */
export type OrderListFilters = {
  status?: OrderStatus;
  type?: OrderType;
  /** Inclusive days, `YYYY-MM-DD`, in `zone` (UTC days when there is none). */
  from?: string;
  to?: string;
  recipient?: string;
  /** The partner's time zone the days are read in; set only along with a day, so it never splits a cache key for nothing. */
  zone?: string;
};

export type OrderListRequest = OrderListFilters & {
  page: number;
  pageSize: number;
};

/** The one place dashboard filter names become API query names: a new filter cannot miss the export. */
export function orderListQuery(filters: OrderListFilters, limit: number, offset: number): URLSearchParams {
  const query = pageQuery(limit, offset);
  const put = (name: string, value: string | undefined) => value && query.set(name, value);
  put('status', filters.status);
  put('order_type', filters.type);
  const { from, to, zone } = filters;
  put('created_from', from && zone ? dayBoundary(from, zone, 'start') : from);
  put('created_to', to && zone ? dayBoundary(to, zone, 'end') : to);
  put('recipient', filters.recipient);
  return query;
}

export function toApiQuery({ page, pageSize, ...filters }: OrderListRequest): string {
  const limit = Math.min(pageSize, MAX_PAGE_SIZE);
  return orderListQuery(filters, limit, (page - 1) * limit).toString();
}

/** One page of orders for an export: the same query as the list, at the API's largest page size. */
export function fetchOrderPage(filters: OrderListFilters, offset: number, signal: AbortSignal) {
  return apiFetch(`/api/v1/orders?${orderListQuery(filters, MAX_PAGE_SIZE, offset)}`, orderPageSchema, { signal });
}

export const orderQueries = {
  all: () => ['orders'] as const,
  lists: () => [...orderQueries.all(), 'list'] as const,
  list: ({ page, pageSize, status, type, from, to, recipient, zone }: OrderListRequest) => {
    const request: OrderListRequest = { page, pageSize, status, type, from, to, recipient, zone: from || to ? zone : undefined };
    return queryOptions({
      queryKey: [...orderQueries.lists(), request] as const,
      queryFn: (context) => getJson(context, `/api/v1/orders?${toApiQuery(request)}`, orderPageSchema),
      placeholderData: keepPreviousData,
      refetchInterval: (query) => liveInterval(query.state.data?.items),
    });
  },
  search: (q: string) =>
    queryOptions({
      queryKey: [...orderQueries.all(), 'search', q] as const,
      queryFn: ({ signal, client }) => searchOrders(classifySearch(q), signal, transportOf(client)),
      refetchInterval: (query) => liveInterval(query.state.data),
    }),
  detail: (id: number) =>
    queryOptions({
      queryKey: [...orderQueries.all(), 'detail', id] as const,
      queryFn: (context) => getJson(context, `/api/v1/orders/${id}`, orderSchema),
      refetchInterval: (query) => (query.state.data && isLive(query.state.data) ? 2000 : false),
    }),
};

export type CreateOrderRequest =
  | { product: 'stars'; body: CreateStarsOrderInput; idempotencyKey: string }
  | { product: 'premium'; body: CreatePremiumOrderInput; idempotencyKey: string };

/** The key travels with the variables, so every automatic or manual retry of one intent reuses it. */
export function createOrder(request: CreateOrderRequest) {
  return apiFetch(`/api/v1/orders/${request.product}`, orderSchema, {
    method: 'POST',
    body: request.body,
    headers: { 'Idempotency-Key': request.idempotencyKey },
  });
}

export function cancelOrder(id: number) {
  return apiFetch(`/api/v1/orders/${id}/cancel`, orderSchema, { method: 'POST' });
}
