import { exportRequestSchema } from '@contract/export';
import { describe, expect, it } from 'vitest';
import { csvFileName } from './file-name';

describe('export file names', () => {
  it('name files after what they hold, in words a person reads', () => {
    expect(csvFileName('orders', { from: '2026-04-01', to: '2026-04-30', status: 'pending_payment' }, '2026-05-01')).toBe(
      'orders-2026-04-01_to_2026-04-30-pending_payment.csv',
    );
    expect(csvFileName('orders', {}, '2026-11-25')).toBe('orders-all-2026-11-25.csv');
    expect(csvFileName('orders', { from: '2026-04-01', type: 'stars', recipient: 'alice' }, '2026-05-01')).toBe(
      'orders-2026-04-01_to_2026-05-01-stars-recipient-alice.csv',
    );
    expect(csvFileName('orders', { reference: 'inv 42/a' }, '2026-05-01')).toBe('orders-all-2026-05-01-reference-inv-42-a.csv');
    expect(csvFileName('balance-transactions', { type: 'topup' }, '2026-05-01')).toBe(
      'balance-transactions-all-2026-05-01-topup.csv',
    );
  });

  it.each([
    ['the longest reference', { reference: `"${'r'.repeat(126)}"` }],
    ['a reference of other scripts and quotes', { reference: 'счёт "№1"\r\n' }],
    [
      'every filter at its longest',
      { from: '2026-04-01', to: '2026-04-30', status: 'pending_payment', type: 'premium', recipient: 'x'.repeat(64) },
    ],
  ])('pass the server’s plain-file-name rule: %s', (_, parts) => {
    const file_name = csvFileName('orders', parts, '2026-05-01');
    expect(exportRequestSchema.safeParse({ source: 'orders', filters: {}, columns: ['id'], file_name }).success).toBe(true);
  });
});
