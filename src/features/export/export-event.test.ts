import { describe, expect, it } from 'vitest';
import { exportEventOf } from './sources';

describe('what the audit log keeps of an export', () => {
  it('an orders list: its filters as text, only those set', () => {
    expect(
      exportEventOf(
        { kind: 'orders', filters: { status: 'paid', from: '2026-04-01', zone: 'Asia/Jakarta', type: undefined } },
        7,
      ),
    ).toEqual({ source: 'orders', filters: { status: 'paid', from: '2026-04-01', zone: 'Asia/Jakarta' }, rows: 7 });
  });

  it('a reference search and balance transactions', () => {
    expect(exportEventOf({ kind: 'reference', reference: 'client-42' }, 3)).toEqual({
      source: 'orders',
      filters: { reference: 'client-42' },
      rows: 3,
    });
    expect(exportEventOf({ kind: 'transactions', type: 'topup' }, 0)).toEqual({
      source: 'transactions',
      filters: { type: 'topup' },
      rows: 0,
    });
    expect(exportEventOf({ kind: 'transactions' }, 5)).toEqual({ source: 'transactions', filters: {}, rows: 5 });
  });
});
