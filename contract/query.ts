import * as z from 'zod/mini';
import { orderStatuses, orderTypes } from './orders';

/**
 * Query-string rules for list and stats routes. Inputs are strings (as in a URL); empty means absent.
 * The sandbox answers VALIDATION_ERROR with these messages; the browser's URL state (`src/lib/url-state.ts`)
 * uses the same day, page-size and limit rules, defined here once.
 */

/** A calendar day, `YYYY-MM-DD`. */
export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day (`2026-02-30` is not), `YYYY-MM-DD`. */
export function isDay(raw: string): boolean {
  return DAY_PATTERN.test(raw) && !Number.isNaN(Date.parse(raw)) && new Date(raw).toISOString().startsWith(raw);
}

export const MAX_PAGE_SIZE = 100;
/** Page sizes the dashboard offers; all within the API's limit. */
export const PAGE_SIZES = [20, 50, MAX_PAGE_SIZE] as const;
export const DEFAULT_PAGE_SIZE = PAGE_SIZES[0];

function intParam(min: number, max: number, fallback: number) {
  return z.pipe(
    z._default(z.string(), String(fallback)),
    z.transform((raw, ctx) => {
      const value = raw === '' ? fallback : Number(raw);
      if (!/^\d*$/.test(raw) || !Number.isSafeInteger(value) || value < min || value > max) {
        ctx.issues.push({
          code: 'custom',
          input: raw,
          message: `must be an integer between ${min} and ${max}`,
        });
        return z.NEVER;
      }
      return value;
    }),
  );
}

const isoDatePattern = new RegExp(
  String.raw`${DAY_PATTERN.source.slice(0, -1)}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$`,
);

/**
 * A date (`2026-04-16`) or ISO date-time, normalised to an ISO UTC instant with second precision.
 * A bare date means the start of that day, or its last second for an upper bound (`…_to`), so ranges
 * of whole days are inclusive.
 */
const instantParam = (bound: 'start' | 'end') =>
  z.optional(
    z.pipe(
      z.string(),
      z.transform((raw, ctx) => {
        if (raw === '') return undefined;
        const dayTime = bound === 'start' ? 'T00:00:00Z' : 'T23:59:59Z';
        const time = isoDatePattern.test(raw) ? Date.parse(raw.length === 10 ? `${raw}${dayTime}` : raw) : Number.NaN;
        if (Number.isNaN(time)) {
          ctx.issues.push({ code: 'custom', input: raw, message: 'must be an ISO 8601 date or date-time' });
          return z.NEVER;
        }
        return new Date(Math.floor(time / 1000) * 1000).toISOString().replace('.000Z', 'Z');
      }),
    ),
  );

function oneOf<const T extends readonly string[]>(values: T) {
  return z.optional(
    z.pipe(
      z.string(),
      z.transform((raw, ctx) => {
        if (raw === '') return undefined;
        if (!values.includes(raw)) {
          ctx.issues.push({ code: 'custom', input: raw, message: `must be one of ${values.join(', ')}` });
          return z.NEVER;
        }
        return raw as T[number];
      }),
    ),
  );
}

export const orderListQuerySchema = z.object({
  limit: intParam(1, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE),
  offset: intParam(0, 1_000_000_000, 0),
  status: oneOf(orderStatuses),
  order_type: oneOf(orderTypes),
  created_from: instantParam('start'),
  created_to: instantParam('end'),
  recipient: z.optional(z.string().check(z.maxLength(64, 'must be at most 64 characters'))),
});
export type OrderListQuery = z.output<typeof orderListQuerySchema>;

export const statsQuerySchema = z.object({
  from: instantParam('start'),
  to: instantParam('end'),
});

export const balanceTransactionTypes = ['topup', 'order_debit', 'refund', 'adjustment'] as const;
export type BalanceTransactionType = (typeof balanceTransactionTypes)[number];

export const transactionListQuerySchema = z.object({
  limit: intParam(1, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE),
  offset: intParam(0, 1_000_000_000, 0),
  type: oneOf(balanceTransactionTypes),
});
