/**
 * The orders module: every query and every status change of the `orders` table lives here, so what an
 * order can become is readable in one place. Services decide *when*; this module knows *how*.
 */
import { nanoToTonNumber } from '../../contract/money';
import type { OrderListQuery } from '../../contract/query';
import { type Db, prepared, preparedFamily } from './db';
import { pageCursors } from './page-cursors';

export interface OrderRow {
  id: number;
  partner_id: number;
  status: string;
  order_type: 'stars' | 'premium';
  stars_amount: number | null;
  premium_months: number | null;
  recipient_username: string;
  price_nano: number;
  fee_nano: number;
  payment_method: string;
  payment_currency: string;
  payment_address: string;
  payment_memo: string;
  client_reference: string | null;
  created_at: string;
  expires_at: string;
  paid_at: string | null;
  completed_at: string | null;
  payment_tx_hash: string | null;
  failure_reason: string | null;
  status_changed_at: string;
}

/** The order as the API returns it. */
export function toApiOrder(row: OrderRow) {
  return {
    id: row.id,
    status: row.status,
    order_type: row.order_type,
    stars_amount: row.stars_amount,
    premium_months: row.premium_months,
    recipient_username: row.recipient_username,
    price_ton: nanoToTonNumber(row.price_nano),
    payment_address: row.payment_address,
    payment_memo: row.payment_memo,
    expires_at: row.expires_at,
    created_at: row.created_at,
    payment_method: row.payment_method,
    payment_currency: row.payment_currency,
    client_reference: row.client_reference,
    paid_at: row.paid_at,
    completed_at: row.completed_at,
    payment_tx_hash: row.payment_tx_hash,
    failure_reason: row.failure_reason,
  };
}
export type ApiOrder = ReturnType<typeof toApiOrder>;

const byId = prepared<[number, number], OrderRow>('SELECT * FROM orders WHERE id = ? AND partner_id = ?');
const byMemo = prepared<[string, number], OrderRow>('SELECT * FROM orders WHERE payment_memo = ? AND partner_id = ?');
const byReference = prepared<[number, string], OrderRow>(
  'SELECT * FROM orders WHERE partner_id = ? AND client_reference = ? ORDER BY id DESC LIMIT 1000',
);
const countRows = preparedFamily<{ n: number | null }>();
const pageRows = preparedFamily<OrderRow>();

export function getOrder(db: Db, partnerId: number, id: number): OrderRow | undefined {
  return byId(db).get(id, partnerId);
}

export function getOrderByMemo(db: Db, partnerId: number, memo: string): OrderRow | undefined {
  return byMemo(db).get(memo, partnerId);
}

export function getOrdersByReference(db: Db, partnerId: number, ref: string): OrderRow[] {
  return byReference(db).all(partnerId, ref);
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/** A condition with one `?` and its value; left out when the value is not set. */
type Filter = [condition: string, value: string | number | undefined];

function whereOf(filters: readonly Filter[]): { clause: string; params: (string | number)[] } {
  const set = filters.filter((f): f is [string, string | number] => f[1] !== undefined && f[1] !== '');
  return { clause: set.map(([condition]) => condition).join(' AND '), params: set.map(([, value]) => value) };
}

/**
 * The total from the trigger-kept daily roll-up, when the filters map onto it exactly (status, type and
 * whole-day bounds; no recipient): a few hundred rows instead of counting up to every order.
 */
function rollupTotal(db: Db, partnerId: number, query: OrderListQuery): number | null {
  if (query.recipient) return null;
  if (query.created_from && !query.created_from.endsWith('T00:00:00Z')) return null;
  if (query.created_to && !query.created_to.endsWith('T23:59:59Z')) return null;
  const { clause, params } = whereOf([
    ['partner_id = ?', partnerId],
    ['status = ?', query.status],
    ['order_type = ?', query.order_type],
    ['day >= ?', query.created_from?.slice(0, 10)],
    ['day <= ?', query.created_to?.slice(0, 10)],
  ]);
  return countRows(db, `SELECT sum(orders) AS n FROM daily_stats WHERE ${clause}`).get(...params)?.n ?? 0;
}

const orderListings = pageCursors();

/**
 * Newest-first page. The page's ids come from a narrow index-only subquery, so a deep offset skips index
 * entries rather than whole rows; a page that continues the previous one seeks past its last id instead
 * (`page-cursors.ts`), so paging through a million orders costs the same at the end as at the start.
 */
export function listOrders(db: Db, partnerId: number, query: OrderListQuery): { items: OrderRow[]; total: number } {
  const recipient = query.recipient ? `${escapeLike(query.recipient.replace(/^@/, ''))}%` : undefined;
  const { clause, params } = whereOf([
    ['partner_id = ?', partnerId],
    ['status = ?', query.status],
    ['order_type = ?', query.order_type],
    ['created_at >= ?', query.created_from],
    ['created_at <= ?', query.created_to],
    ["recipient_username LIKE ? ESCAPE '\\'", recipient],
  ]);
  const listing = orderListings(db, `${clause}|${JSON.stringify(params)}`);
  const total = listing.total(
    () =>
      rollupTotal(db, partnerId, query) ??
      countRows(db, `SELECT count(*) AS n FROM orders WHERE ${clause}`).get(...params)?.n ??
      0,
  );
  const before = listing.before(query.offset);
  const items =
    before === undefined
      ? pageRows(
          db,
          `SELECT * FROM orders WHERE id IN (SELECT id FROM orders WHERE ${clause} ORDER BY id DESC LIMIT ? OFFSET ?)
     ORDER BY id DESC`,
        ).all(...params, query.limit, query.offset)
      : pageRows(db, `SELECT * FROM orders WHERE ${clause} AND id < ? ORDER BY id DESC LIMIT ?`).all(
          ...params,
          before,
          query.limit,
        );
  listing.ended(query.offset, items.length, items.at(-1)?.id ?? 0);
  return { items, total };
}

/** An order as fulfilment and the simulated chain see it (amounts as bigint). */
export interface SettlingRow {
  id: number;
  partner_id: number;
  status: string;
  recipient_username: string;
  price_nano: bigint;
  expires_at: string;
}

const dueRows = prepared<[string], SettlingRow>(
  `SELECT id, partner_id, status, recipient_username, price_nano, expires_at FROM orders
   WHERE status IN ('paid', 'processing', 'failed') AND status_changed_at <= ? LIMIT 500`,
  { bigints: true },
);
const byMemoAnyPartner = prepared<[string], SettlingRow>(
  'SELECT id, partner_id, status, recipient_username, price_nano, expires_at FROM orders WHERE payment_memo = ?',
  { bigints: true },
);

/** Orders that have waited in a fulfilment state since `due` (ISO seconds) or longer, 500 at a time. */
export function dueForFulfilment(db: Db, due: string): SettlingRow[] {
  return dueRows(db).all(due);
}

/** The order a payment comment names, whoever's it is (the chain does not know partners). */
export function findByMemo(db: Db, memo: string): SettlingRow | undefined {
  return byMemoAnyPartner(db).get(memo);
}
