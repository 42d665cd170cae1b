import { DEFAULT_PAGE_SIZE, type OrderStatus, orderStatuses, orderTypes } from '@contract';
import * as z from 'zod/mini';
import type { OrderListFilters, OrderListRequest } from '@/api/orders';
import { parseSearch, searchFrom, urlFields } from '@/lib/url-state';
import { recipientOf } from './search-target';

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

/**
 * Reads the URL leniently: anything malformed falls back to its default instead of failing the page. A
 * search for a recipient (`q=@pandus`, sent by the search box before the scripts run) is the recipient
 * filter. Days are the partner's, in `zone` (the server render and the browser pass the same one).
 */
export function parseListParams(search: URLSearchParams, zone?: string): OrderListParams {
  const { size, recipient, q, ...rest } = parseSearch(orderListSearchSchema, search);
  const searched = recipientOf(q);
  return {
    ...rest,
    pageSize: size,
    recipient: searched ?? (recipient?.replace(/^@/, '') || undefined),
    q: searched ? undefined : q,
    zone: rest.from || rest.to ? zone : undefined,
  };
}

/** Only non-default values go into the URL, so a plain `/orders` stays plain. */
export function toSearch({ q, status, type, from, to, recipient, page, pageSize }: OrderListParams): URLSearchParams {
  return searchFrom({ q, status, type, from, to, recipient, page, size: pageSize }, { page: 1, size: DEFAULT_PAGE_SIZE });
}

export function filtersOf({ status, type, from, to, recipient, zone }: OrderListParams): OrderListFilters {
  return { status, type, from, to, recipient, zone };
}

export function hasFilters({ status, type, from, to, recipient }: OrderListParams): boolean {
  return [status, type, from, to, recipient].some(Boolean);
}

/** Statuses worth filtering by: `failed` is a passing step (such orders rest in `refunded`), never where an order stays. */
export const filterStatuses: readonly OrderStatus[] = orderStatuses.filter((status) => status !== 'failed');

/** A status or type picked in a select ('' for any), read by the same rules as the URL. */
export const pickStatus = (raw: string) => orderListSearchSchema.shape.status.parse(raw);
export const pickType = (raw: string) => orderListSearchSchema.shape.type.parse(raw);
