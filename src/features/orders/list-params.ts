import { DEFAULT_PAGE_SIZE, orderStatuses, orderTypes } from '@contract';
import * as z from 'zod/mini';
import type { OrderListFilters, OrderListRequest } from '@/api/orders';
import { parseSearch, searchFrom, urlFields } from '@/lib/url-state';

/** Orders-list state as held in the URL: shareable, reload- and back-button-proof. */
export const orderListSearchSchema = z.object({
  page: urlFields.int(1),
  size: urlFields.pageSize(),
  status: urlFields.oneOf(orderStatuses),
  type: urlFields.oneOf(orderTypes),
  from: urlFields.day(),
  to: urlFields.day(),
  recipient: urlFields.text(64, { trim: true }),
  /** Search box: an order id, a payment memo or a client reference, as typed. */
  q: urlFields.text(128),
});

export type OrderListParams = OrderListRequest & { q?: string };

/** Reads the URL leniently: anything malformed falls back to its default instead of failing the page. */
export function parseListParams(search: URLSearchParams): OrderListParams {
  const { size, recipient, ...rest } = parseSearch(orderListSearchSchema, search);
  return { ...rest, pageSize: size, recipient: recipient?.replace(/^@/, '') || undefined };
}

/** Only non-default values go into the URL, so a plain `/orders` stays plain. */
export function toSearch({ q, status, type, from, to, recipient, page, pageSize }: OrderListParams): URLSearchParams {
  return searchFrom({ q, status, type, from, to, recipient, page, size: pageSize }, { page: 1, size: DEFAULT_PAGE_SIZE });
}

export function filtersOf({ status, type, from, to, recipient }: OrderListParams): OrderListFilters {
  return { status, type, from, to, recipient };
}

export function hasFilters(params: OrderListParams): boolean {
  return Object.values(filtersOf(params)).some(Boolean);
}

/** A status or type picked in a select ('' for any), read by the same rules as the URL. */
export const pickStatus = (raw: string) => orderListSearchSchema.shape.status.parse(raw);
export const pickType = (raw: string) => orderListSearchSchema.shape.type.parse(raw);
