import { MAX_PAGE_SIZE } from '@contract';

/** Orders-list state as held in the URL: shareable, reload- and back-button-proof. */
export interface OrderListParams {
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = [20, 50, 100] as const;

function positiveInt(raw: string | null, fallback: number): number {
  if (raw === null || !/^\d{1,9}$/.test(raw)) return fallback;
  const value = Number(raw);
  return value >= 1 ? value : fallback;
}

/** Reads the URL leniently: anything malformed falls back to its default instead of failing the page. */
export function parseListParams(search: URLSearchParams): OrderListParams {
  const size = positiveInt(search.get('size'), 20);
  return {
    page: positiveInt(search.get('page'), 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : 20,
  };
}

/** Only non-default values go into the URL, so a plain `/orders` stays plain. */
export function toSearch(params: OrderListParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.page !== 1) search.set('page', String(params.page));
  if (params.pageSize !== 20) search.set('size', String(params.pageSize));
  return search;
}

export function toApiQuery(params: OrderListParams): string {
  const limit = Math.min(params.pageSize, MAX_PAGE_SIZE);
  return new URLSearchParams({ limit: String(limit), offset: String((params.page - 1) * limit) }).toString();
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
