import { MAX_PAGE_SIZE, orderStatuses, orderTypes } from '@contract';
import { PAGE_SIZES } from '@/components/ui/pagination';

/** Orders-list state as held in the URL: shareable, reload- and back-button-proof. */
export interface OrderListParams {
  page: number;
  pageSize: number;
  status?: string;
  type?: string;
  /** Inclusive UTC days, `YYYY-MM-DD`. */
  from?: string;
  to?: string;
  recipient?: string;
  /** Search box: an order id, a payment memo or a client reference. */
  q?: string;
}

const DEFAULT_SIZE = 20;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function positiveInt(raw: string | null, fallback: number): number {
  if (raw === null || !/^\d{1,9}$/.test(raw)) return fallback;
  const value = Number(raw);
  return value >= 1 ? value : fallback;
}

function oneOf(raw: string | null, allowed: readonly string[]): string | undefined {
  return raw !== null && allowed.includes(raw) ? raw : undefined;
}

function text(raw: string | null, max: number): string | undefined {
  const value = raw?.trim();
  return value ? value.slice(0, max) : undefined;
}

function day(raw: string | null): string | undefined {
  return raw !== null && DAY.test(raw) && !Number.isNaN(Date.parse(raw)) ? raw : undefined;
}

/** Reads the URL leniently: anything malformed falls back to its default instead of failing the page. */
export function parseListParams(search: URLSearchParams): OrderListParams {
  const size = positiveInt(search.get('size'), DEFAULT_SIZE);
  const params: OrderListParams = {
    page: positiveInt(search.get('page'), 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_SIZE,
    status: oneOf(search.get('status'), orderStatuses),
    type: oneOf(search.get('type'), orderTypes),
    from: day(search.get('from')),
    to: day(search.get('to')),
    recipient: text(search.get('recipient'), 64)?.replace(/^@/, ''),
    q: text(search.get('q'), 128),
  };
  return Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined)) as unknown as OrderListParams;
}

/** Only non-default values go into the URL, so a plain `/orders` stays plain. */
export function toSearch(params: OrderListParams): URLSearchParams {
  const search = new URLSearchParams();
  const put = (name: string, value: string | undefined) => value && search.set(name, value);
  put('q', params.q);
  put('status', params.status);
  put('type', params.type);
  put('from', params.from);
  put('to', params.to);
  put('recipient', params.recipient);
  if (params.page !== 1) search.set('page', String(params.page));
  if (params.pageSize !== DEFAULT_SIZE) search.set('size', String(params.pageSize));
  return search;
}

export function toApiQuery(params: OrderListParams): string {
  const limit = Math.min(params.pageSize, MAX_PAGE_SIZE);
  const query = new URLSearchParams({ limit: String(limit), offset: String((params.page - 1) * limit) });
  if (params.status) query.set('status', params.status);
  if (params.type) query.set('order_type', params.type);
  if (params.from) query.set('created_from', params.from);
  if (params.to) query.set('created_to', params.to);
  if (params.recipient) query.set('recipient', params.recipient);
  return query.toString();
}

export function hasFilters(params: OrderListParams): boolean {
  return Boolean(params.status || params.type || params.from || params.to || params.recipient);
}
