import { errorEnvelopeSchema, okEnvelopeSchema, orderSchema, tonToNano } from '../../../contract';
import { bulkIdempotencyKey } from '../../../contract/bulk';
import type { ClaimedRow, RowOutcome } from '../store/bulk-rows';

/** What a create looks like on the wire: path, body (the same bytes on every attempt) and Idempotency-Key. */
export function createRequest(row: ClaimedRow): { path: string; body: string; idempotencyKey: string } {
  const amount = row.product === 'premium' ? { months: row.months } : { quantity: row.quantity };
  const body = {
    recipient_username: row.recipient,
    ...amount,
    payment_method: row.paymentMethod,
    payment_currency: row.paymentCurrency,
    ...(row.clientReference === null ? {} : { client_reference: row.clientReference }),
  };
  return {
    path: row.product === 'premium' ? '/orders/premium' : '/orders/stars',
    body: JSON.stringify(body),
    idempotencyKey: bulkIdempotencyKey(row.jobId, row.row),
  };
}

/** Backoff for upstream trouble: 1 s, 2 s, 4 s … at most a minute, with jitter so instances spread out. */
export function backoffMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(60_000, 1000 * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.75 + random() * 0.5));
}

/** Retry-After in seconds (or an HTTP date), as milliseconds from `now`; 1 s when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number {
  if (header && /^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = header ? Date.parse(header) : Number.NaN;
  return Number.isNaN(date) ? 1000 : Math.max(0, date - now);
}

/**
 * What one answer means for the row. 2xx: the order (made now, or replayed for this key). 429: wait as
 * told. 409 IDEMPOTENCY_IN_PROGRESS (another attempt with this key still running), 5xx: retry with
 * backoff. 401: the workspace key itself was refused (the job pauses; no row is to blame). Any other 4xx
 * fails this row only, with a sentence saying why.
 */
export function rowOutcome(
  row: ClaimedRow,
  answer: { status: number; retryAfter: string | null; text: string },
  now: number,
): RowOutcome | { kind: 'key_refused' } {
  const json = parse(answer.text);
  if (answer.status >= 200 && answer.status < 300) {
    const order = orderSchema.safeParse(okEnvelopeSchema.safeParse(json).data?.data);
    if (!order.success) return { kind: 'retry', delayMs: backoffMs(row.attempts), code: 'INTERNAL_ERROR', message: unreadable };
    const { id, payment_memo, payment_address, price_ton, status, expires_at } = order.data;
    return {
      kind: 'done',
      order: { id, payment_memo, payment_address, amount_nano: tonToNano(price_ton).toString(), status, expires_at },
    };
  }
  const error = errorEnvelopeSchema.safeParse(json);
  const code = error.success ? error.data.error_code : `HTTP_${answer.status}`;
  const message = error.success ? error.data.error_message : `the partner API answered ${answer.status}`;
  if (answer.status === 429) {
    return { kind: 'retry', delayMs: retryAfterMs(answer.retryAfter, now), code, message: sentence(row, code, message) };
  }
  if (answer.status === 401) return { kind: 'key_refused' };
  if (answer.status >= 500 || code === 'IDEMPOTENCY_IN_PROGRESS') {
    return { kind: 'retry', delayMs: backoffMs(row.attempts), code, message: sentence(row, code, message) };
  }
  return { kind: 'failed', code, message: sentence(row, code, message) };
}

const unreadable = 'The partner API answered with an order this dashboard could not read; it will be asked again.';

/** The row's trouble as a sentence for the results and the CSV (the page translates by code). */
export function sentence(row: Pick<ClaimedRow, 'recipient' | 'product'>, code: string, message: string): string {
  const product = row.product === 'premium' ? 'Telegram Premium' : 'Telegram Stars';
  const detail = message.replace(/\.$/, '');
  switch (code) {
    case 'RECIPIENT_UNAVAILABLE':
      return `@${row.recipient} cannot receive ${product} (${detail}).`;
    case 'INSUFFICIENT_BALANCE':
      return `The balance is too low to pay for this order (${detail}); top up and run the row again in a new job.`;
    case 'VALIDATION_ERROR':
      return `The partner API refused this row: ${detail}.`;
    case 'IDEMPOTENCY_KEY_REUSED':
      return `This row's key was already used for a different order (${detail}).`;
    case 'RATE_LIMITED':
      return `The partner API asked to slow down (${detail}); the row waits and is sent again.`;
    case 'IDEMPOTENCY_IN_PROGRESS':
      return 'An earlier attempt for this row is still being processed; it is asked again shortly.';
    case 'INTERNAL_ERROR':
    case 'SERVICE_UNAVAILABLE':
      return `The partner API had trouble (${detail}); the row is sent again shortly.`;
    case 'NETWORK_ERROR':
      return `The partner API could not be reached (${detail}); the row is sent again shortly.`;
    default:
      return `The partner API answered ${code} (${detail}).`;
  }
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
