import { describe, expect, it } from 'vitest';
import { BULK_MAX_ROWS, bulkIdempotencyKey, createBulkJobSchema } from './bulk';
import { idempotencyKeyPattern } from './fields';

const JOB = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('bulkIdempotencyKey', () => {
  it('is the same for the same job and row, whoever computes it and however often', () => {
    expect(bulkIdempotencyKey(JOB, 7)).toBe(`bulk:${JOB}:7`);
    expect(bulkIdempotencyKey(JOB, 7)).toBe(bulkIdempotencyKey(JOB, 7));
  });

  it('differs for every row of a job and between jobs', () => {
    const keys = new Set(Array.from({ length: BULK_MAX_ROWS }, (_, index) => bulkIdempotencyKey(JOB, index + 1)));
    expect(keys.size).toBe(BULK_MAX_ROWS);
    expect(bulkIdempotencyKey(JOB, 1)).not.toBe(bulkIdempotencyKey('1f8fad5b-d9cb-469f-a165-70867728950e', 1));
  });

  it('is a valid Idempotency-Key for the partner API', () => {
    expect(idempotencyKeyPattern.test(bulkIdempotencyKey(JOB, BULK_MAX_ROWS))).toBe(true);
  });

  it('refuses what is not a job id or a row number (a key must never be guessed from bad input)', () => {
    expect(() => bulkIdempotencyKey('job-1', 1)).toThrow();
    for (const row of [0, -1, 1.5, BULK_MAX_ROWS + 1]) expect(() => bulkIdempotencyKey(JOB, row)).toThrow();
  });
});

describe('createBulkJobSchema', () => {
  const body = (rows: unknown[], extra: Record<string, unknown> = {}) => ({ request_id: 'intent-0001', rows, ...extra });

  it('takes Stars and Premium rows, strips @ and defaults the payment to a TON memo', () => {
    const parsed = createBulkJobSchema.parse(
      body([
        { recipient: '@pandus', product: 'stars', quantity: 50 },
        { recipient: 'some_friend', product: 'premium', months: 12, client_reference: 'x' },
      ]),
    );
    expect(parsed.rows[0]).toEqual({ recipient: 'pandus', product: 'stars', quantity: 50 });
    expect([parsed.payment_method, parsed.payment_currency]).toEqual(['ton_memo', 'TON']);
  });

  it('refuses rows mixing the products’ fields, out-of-range amounts and unknown products', () => {
    for (const row of [
      { recipient: 'pandus', product: 'stars', months: 3 },
      { recipient: 'pandus', product: 'premium', quantity: 100 },
      { recipient: 'pandus', product: 'stars', quantity: 49 },
      { recipient: 'pandus', product: 'premium', months: 4 },
      { recipient: 'pandus', product: 'gift', quantity: 100 },
    ]) {
      expect(createBulkJobSchema.safeParse(body([row])).success).toBe(false);
    }
  });

  it('needs 1 to 10,000 rows and a request id', () => {
    const row = { recipient: 'pandus', product: 'stars', quantity: 50 };
    expect(createBulkJobSchema.safeParse(body([])).success).toBe(false);
    expect(createBulkJobSchema.safeParse(body(Array(BULK_MAX_ROWS).fill(row))).success).toBe(true);
    expect(createBulkJobSchema.safeParse(body(Array(BULK_MAX_ROWS + 1).fill(row))).success).toBe(false);
    expect(createBulkJobSchema.safeParse({ rows: [row] }).success).toBe(false);
    expect(createBulkJobSchema.safeParse(body([row], { request_id: 'short' })).success).toBe(false);
  });
});
