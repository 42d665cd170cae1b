import { describe, expect, it } from 'vitest';
import { backoffMs, createRequest, retryAfterMs, rowOutcome } from '../workspace/bulk/row-outcome';
import type { ClaimedRow } from '../workspace/store/bulk-rows';

const JOB = '0f8fad5b-d9cb-469f-a165-70867728950e';
const row = (extra: Partial<ClaimedRow> = {}): ClaimedRow => ({
  jobId: JOB,
  row: 12,
  recipient: 'pandus',
  product: 'stars',
  quantity: 100,
  months: null,
  clientReference: 'gift-12',
  paymentMethod: 'ton_memo',
  paymentCurrency: 'TON',
  createdBy: { id: 'm1', name: 'Olga' },
  attempts: 1,
  ...extra,
});
const envelope = (status: number, code: string, message: string) => ({
  status,
  retryAfter: null,
  text: JSON.stringify({ ok: false, error_code: code, error_message: message, data: null }),
});
const order = {
  id: 41,
  status: 'pending_payment',
  order_type: 'stars',
  recipient_username: 'pandus',
  price_ton: 0.418,
  payment_address: 'UQ-service',
  payment_memo: 'STARS-abc123',
  expires_at: '2026-04-16T12:15:00Z',
  created_at: '2026-04-16T12:00:00Z',
};

describe('createRequest', () => {
  it('sends the same body and key on every attempt: the row’s fields, its client reference, its job-and-row key', () => {
    const request = createRequest(row());
    expect(request).toEqual(createRequest(row({ attempts: 5 })));
    expect(request.path).toBe('/orders/stars');
    expect(request.idempotencyKey).toBe(`bulk:${JOB}:12`);
    expect(JSON.parse(request.body)).toEqual({
      recipient_username: 'pandus',
      quantity: 100,
      payment_method: 'ton_memo',
      payment_currency: 'TON',
      client_reference: 'gift-12',
    });
  });

  it('sends months for Premium, and no client_reference when the row has none', () => {
    const request = createRequest(row({ product: 'premium', quantity: null, months: 6, clientReference: null }));
    expect(request.path).toBe('/orders/premium');
    expect(JSON.parse(request.body)).toEqual({
      recipient_username: 'pandus',
      months: 6,
      payment_method: 'ton_memo',
      payment_currency: 'TON',
    });
  });
});

describe('rowOutcome', () => {
  it('reads the order of a 200 (a replay included), its price in exact nanotons', () => {
    const outcome = rowOutcome(row(), { status: 200, retryAfter: null, text: JSON.stringify({ ok: true, data: order }) }, 0);
    expect(outcome).toEqual({
      kind: 'done',
      order: {
        id: 41,
        payment_memo: 'STARS-abc123',
        payment_address: 'UQ-service',
        amount_nano: '418000000',
        status: 'pending_payment',
        expires_at: '2026-04-16T12:15:00Z',
      },
    });
  });

  it('fails the row on a 4xx, with a sentence naming the recipient and product', () => {
    expect(rowOutcome(row(), envelope(422, 'RECIPIENT_UNAVAILABLE', 'USER_NOT_FOUND'), 0)).toEqual({
      kind: 'failed',
      code: 'RECIPIENT_UNAVAILABLE',
      message: '@pandus cannot receive Telegram Stars (USER_NOT_FOUND).',
    });
    expect(rowOutcome(row(), envelope(400, 'VALIDATION_ERROR', 'quantity must be between 50 and 10000'), 0)).toMatchObject({
      kind: 'failed',
      message: 'The partner API refused this row: quantity must be between 50 and 10000.',
    });
    expect(rowOutcome(row(), { status: 404, retryAfter: null, text: 'not json' }, 0)).toMatchObject({
      kind: 'failed',
      code: 'HTTP_404',
    });
  });

  it('retries 429 after Retry-After, 5xx, IDEMPOTENCY_IN_PROGRESS and an unreadable 200; a 401 is the key, not the row', () => {
    expect(rowOutcome(row(), { ...envelope(429, 'RATE_LIMITED', 'slow down'), retryAfter: '7' }, 0)).toMatchObject({
      kind: 'retry',
      delayMs: 7000,
      code: 'RATE_LIMITED',
    });
    expect(rowOutcome(row(), envelope(503, 'SERVICE_UNAVAILABLE', 'maintenance'), 0)).toMatchObject({ kind: 'retry' });
    expect(rowOutcome(row(), envelope(502, 'BAD_GATEWAY', 'x'), 0)).toMatchObject({ kind: 'retry' });
    expect(rowOutcome(row(), envelope(409, 'IDEMPOTENCY_IN_PROGRESS', 'busy'), 0)).toMatchObject({ kind: 'retry' });
    expect(rowOutcome(row(), { status: 200, retryAfter: null, text: '{"ok":true,"data":{}}' }, 0)).toMatchObject({
      kind: 'retry',
      code: 'INTERNAL_ERROR',
    });
    expect(rowOutcome(row(), envelope(401, 'UNAUTHORIZED', 'unknown key'), 0)).toEqual({ kind: 'key_refused' });
  });
});

describe('retryAfterMs and backoffMs', () => {
  it('reads Retry-After as seconds or an HTTP date, 1 s when missing or unreadable', () => {
    expect(retryAfterMs('3', 0)).toBe(3000);
    expect(retryAfterMs(' 0 ', 0)).toBe(0);
    const now = Date.parse('2026-04-16T12:00:00Z');
    expect(retryAfterMs('Thu, 16 Apr 2026 12:00:05 GMT', now)).toBe(5000);
    expect(retryAfterMs('Thu, 16 Apr 2026 11:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs(null, 0)).toBe(1000);
    expect(retryAfterMs('soon', 0)).toBe(1000);
  });

  it('doubles from 1 s to at most a minute, spread ±25 %', () => {
    expect([1, 2, 3, 4, 7, 8, 30].map((attempts) => backoffMs(attempts, () => 0.5))).toEqual([
      1000, 2000, 4000, 8000, 60_000, 60_000, 60_000,
    ]);
    expect(backoffMs(1, () => 0)).toBe(750);
    expect(backoffMs(1, () => 1)).toBe(1250);
  });
});
