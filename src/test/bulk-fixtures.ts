import type { BulkJob, BulkRowResult } from '@contract/bulk';

/** A running job and its rows, for the bulk pages' component tests. */
export const bulkJob: BulkJob = {
  id: '6f1c0d2e-9a8b-4c7d-8e6f-1a2b3c4d5e6f',
  status: 'running',
  payment_method: 'ton_memo',
  payment_currency: 'TON',
  file_name: 'promo.csv',
  created_at: '2026-04-16T12:00:00Z',
  created_by: { member_id: 'm-owner', name: 'Ada Owner' },
  updated_at: '2026-04-16T12:00:10Z',
  finished_at: null,
  paused_reason: null,
  progress: { total: 100, done: 40, failed: 2, remaining: 58, cancelled: 0, eta_seconds: 125, rate_per_second: 5 },
};

export function bulkRow(row: number, overrides: Partial<BulkRowResult> = {}): BulkRowResult {
  return {
    row,
    recipient: `friend_${row}`,
    product: 'stars',
    quantity: 100,
    months: null,
    client_reference: `gift-${row}`,
    state: 'done',
    idempotency_key: `bulk:${bulkJob.id}:${row}`,
    attempts: 1,
    order_id: 500 + row,
    payment_memo: `STARS-${row}`,
    payment_address: 'UQBFJTkJ5hZdH7i6rWQTnm43zn6h2dPBV9lFZ2e98WvWABy_',
    amount_nano: '418000000',
    order_status: 'pending_payment',
    expires_at: '2099-01-01T00:00:00Z',
    error_code: null,
    error: null,
    ...overrides,
  };
}
