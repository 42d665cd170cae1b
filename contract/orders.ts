import * as z from 'zod/mini';
import { pageSchema } from './envelope';
import {
  clientReferenceField,
  paymentCurrencyField,
  paymentMethodField,
  premiumMonthsField,
  starsQuantityField,
  usernameField,
} from './fields';

export const orderStatuses = [
  'pending_payment',
  'paid',
  'processing',
  'completed',
  'failed',
  'refunded',
  'expired',
  'cancelled',
] as const;
export type OrderStatus = (typeof orderStatuses)[number];
export const orderTypes = ['stars', 'premium'] as const;
export type OrderType = (typeof orderTypes)[number];

/** Statuses that still move by themselves (worth polling). */
export const liveStatuses: readonly string[] = ['pending_payment', 'paid', 'processing'];

const nullableString = z.optional(z.nullable(z.string()));

/**
 * The order as the API returns it. Tolerant: extra fields pass, `status` and `order_type` are plain
 * strings so a status the real service adds later is displayed rather than crashing the page.
 */
export const orderSchema = z.looseObject({
  id: z.number(),
  status: z.string(),
  order_type: z.string(),
  stars_amount: z.optional(z.nullable(z.number())),
  premium_months: z.optional(z.nullable(z.number())),
  recipient_username: z.string(),
  price_ton: z.number(),
  payment_address: z.string(),
  payment_memo: z.string(),
  expires_at: z.string(),
  created_at: z.string(),
  payment_method: nullableString,
  payment_currency: nullableString,
  client_reference: nullableString,
  paid_at: nullableString,
  completed_at: nullableString,
  payment_tx_hash: nullableString,
  failure_reason: nullableString,
});
export type Order = z.infer<typeof orderSchema>;

export const orderPageSchema = pageSchema(orderSchema);
export type OrderPage = z.infer<typeof orderPageSchema>;
export const orderListSchema = z.array(orderSchema);

/** Bodies we send: strict, unknown fields are refused. */
export const createStarsOrderSchema = z.strictObject({
  recipient_username: usernameField,
  quantity: starsQuantityField,
  payment_method: paymentMethodField,
  payment_currency: paymentCurrencyField,
  client_reference: clientReferenceField,
});
export type CreateStarsOrderInput = z.input<typeof createStarsOrderSchema>;

export const createPremiumOrderSchema = z.strictObject({
  recipient_username: usernameField,
  months: premiumMonthsField,
  payment_method: paymentMethodField,
  payment_currency: paymentCurrencyField,
  client_reference: clientReferenceField,
});
export type CreatePremiumOrderInput = z.input<typeof createPremiumOrderSchema>;

export const dailyStatsSchema = z.looseObject({
  date: z.string(),
  orders: z.number(),
  completed: z.number(),
  stars: z.number(),
  premium: z.number(),
  spent_ton: z.number(),
});
export type DailyStats = z.infer<typeof dailyStatsSchema>;

export const statsSummarySchema = z.looseObject({
  total_orders: z.number(),
  by_status: z.record(z.string(), z.number()),
  stars_total: z.number(),
  premium_months_total: z.number(),
  spent_ton: z.number(),
  daily: z.array(dailyStatsSchema),
});
export type StatsSummary = z.infer<typeof statsSummarySchema>;

/**
 * Where the orders with this client reference are asked for, relative to the API base: the reference as one
 * percent-encoded path segment, so slashes, spaces, `%`, `?`, `#` and unicode arrive intact. Except `.` and
 * `..`: the WHATWG URL rules (browsers, Node's fetch and URL) remove such a dot segment — written `%2e` too —
 * before the request leaves, so no path can carry them. Those two go as `?ref=` to the same route (query
 * strings are never normalised); the sandbox answers that form like the path form.
 */
export function byReferencePath(reference: string): string {
  if (reference === '.' || reference === '..') return `/orders/by-reference?${new URLSearchParams({ ref: reference })}`;
  return `/orders/by-reference/${encodeURIComponent(reference)}`;
}
