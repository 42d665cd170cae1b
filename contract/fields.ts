import * as z from 'zod/mini';

/**
 * Field rules shared by the sandbox (which enforces them) and the browser (which checks before sending).
 * Messages name the rule only; the sandbox prefixes the field path, giving
 * "quantity must be between 50 and 10000" exactly as the source's example.
 */
export const STARS_MIN = 50;
export const STARS_MAX = 10_000;
export const PREMIUM_MONTHS = [3, 6, 12] as const;
export const CLIENT_REFERENCE_MAX = 128;

function typeError(expected: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : `must be ${expected}`);
}

export const usernamePattern = /^[A-Za-z0-9_]{5,32}$/;
export const usernameRule = 'must be 5-32 characters of letters, digits or _ (a leading @ is allowed)';

/** Strips one leading `@`, then checks Telegram's username shape. */
export const usernameField = z.pipe(
  z.pipe(
    z.string({ error: typeError('a string') }),
    z.transform((value) => value.trim().replace(/^@/, '')),
  ),
  z.string().check(z.regex(usernamePattern, usernameRule)),
);

export function normalizeUsername(value: string): string {
  return value.trim().replace(/^@/, '');
}

export const starsQuantityField = z
  .int({ error: typeError('an integer') })
  .check(
    z.gte(STARS_MIN, `must be between ${STARS_MIN} and ${STARS_MAX}`),
    z.lte(STARS_MAX, `must be between ${STARS_MIN} and ${STARS_MAX}`),
  );

export const premiumMonthsField = z.literal(PREMIUM_MONTHS, {
  error: (issue) => (issue.input === undefined ? 'is required' : 'must be one of 3, 6, 12'),
});

export const paymentMethods = ['ton_memo', 'balance'] as const;
export type PaymentMethod = (typeof paymentMethods)[number];

export const paymentMethodField = z._default(z.enum(paymentMethods, { error: 'must be one of ton_memo, balance' }), 'ton_memo');

export const paymentCurrencyField = z._default(z.literal('TON', { error: 'must be TON' }), 'TON');

export const clientReferenceField = z.optional(
  z.nullable(
    z
      .string({ error: typeError('a string') })
      .check(z.maxLength(CLIENT_REFERENCE_MAX, `must be at most ${CLIENT_REFERENCE_MAX} characters`)),
  ),
);

/** Idempotency keys: 1-255 printable ASCII characters. */
export const idempotencyKeyPattern = /^[\x21-\x7e]{1,255}$/;
