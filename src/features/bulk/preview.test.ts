import { describe, expect, it } from 'vitest';
import { parseBulkCsv } from '../../../contract/bulk-csv';
import {
  countRows,
  type Estimate,
  estimateKey,
  previewRows,
  type RecipientState,
  recipientKey,
  rowsToSend,
  shortfall,
  totals,
  usdMicros,
} from './preview';

const file = parseBulkCsv(
  [
    'recipient,product,quantity,months,client_reference',
    'pandus,stars,100,,a', // 2 ok
    'nouser_bob,stars,100,,b', // 3 cannot receive
    'Pandus,stars,100,,c', // 4 duplicate of 2 (same recipient, product and amount; any case)
    'x,stars,100,,', // 5 invalid recipient
    'alice_a,premium,,6,', // 6 not checked yet
    'carol_c,stars,10,,', // 7 quantity out of bounds
  ].join('\n'),
);
const checks = new Map<string, RecipientState>([
  ['stars:pandus', { kind: 'ok' }],
  ['stars:nouser_bob', { kind: 'unavailable', reason: 'USER_NOT_FOUND' }],
]);

describe('previewRows', () => {
  it('gives every row a state, with the reason, and sends only what can be ordered', () => {
    const rows = previewRows(file.lines, checks, false);
    expect(rows.map((row) => [row.line.line, row.state, row.send])).toEqual([
      [2, { kind: 'ok' }, true],
      [3, { kind: 'unavailable', reason: 'USER_NOT_FOUND' }, false],
      [4, { kind: 'duplicate', of: 2 }, false],
      [5, { kind: 'invalid', problems: ['recipient_invalid'] }, false],
      [6, { kind: 'checking' }, true],
      [7, { kind: 'invalid', problems: ['quantity_invalid'] }, false],
    ]);
    expect(countRows(rows)).toEqual({ total: 6, send: 2, ok: 1, unavailable: 1, duplicate: 1, invalid: 2, checking: 1 });
    expect(rowsToSend(rows).map((row) => row.recipient)).toEqual(['pandus', 'alice_a']);
  });

  it('keeps duplicates when asked, but never a recipient who cannot receive', () => {
    const rows = previewRows(file.lines, checks, true);
    expect(rowsToSend(rows).map((row) => row.client_reference ?? row.recipient)).toEqual(['a', 'c', 'alice_a']);
    const unavailable = new Map(checks).set('stars:pandus', { kind: 'unavailable', reason: null });
    expect(rowsToSend(previewRows(file.lines, unavailable, true)).map((row) => row.recipient)).toEqual(['alice_a']);
  });

  it('keys recipients per product, in any case', () => {
    expect(recipientKey({ product: 'premium', recipient: 'Alice_A' })).toBe('premium:alice_a');
    expect(estimateKey({ recipient: 'a', product: 'premium', months: 6 })).toBe('premium:6');
    expect(estimateKey({ recipient: 'a', product: 'stars', quantity: 250 })).toBe('stars:250');
  });
});

describe('totals', () => {
  const estimates = new Map<string, Estimate>([
    ['stars:100', { price_ton: 0.418, price_usd: 1.672, fee_ton: 0.019 }],
    ['premium:6', { price_ton: 4.1, price_usd: 16.4, fee_ton: 0.1 }],
  ]);

  it('sums exact nanotons and dollars over the rows to send, fees included, and counts unpriced rows', () => {
    const rows = [
      { recipient: 'a', product: 'stars' as const, quantity: 100 },
      { recipient: 'b', product: 'stars' as const, quantity: 100 },
      { recipient: 'c', product: 'premium' as const, months: 6 as const },
      { recipient: 'd', product: 'stars' as const, quantity: 200 },
    ];
    expect(totals(rows, estimates)).toEqual({
      priceNano: 4_936_000_000n,
      feeNano: 138_000_000n,
      usdMicros: 19_744_000n,
      missing: 1,
    });
  });

  it('adds 0.1 + 0.2 exactly (no float drift over thousands of rows)', () => {
    const tenths = new Map<string, Estimate>([['stars:50', { price_ton: 0.1, price_usd: 0.1, fee_ton: 0.2 }]]);
    const rows = Array.from({ length: 10_000 }, () => ({ recipient: 'a', product: 'stars' as const, quantity: 50 }));
    expect(totals(rows, tenths)).toMatchObject({ priceNano: 1_000_000_000_000n, feeNano: 2_000_000_000_000n });
  });

  it('reads dollars to the millionth, rounding away the float noise a computed price may carry', () => {
    expect(usdMicros(16.400000000000002)).toBe(16_400_000n);
    expect(usdMicros(1.6725)).toBe(1_672_500n);
    expect(usdMicros(0.0000005)).toBe(1n);
    expect(usdMicros(0.0000004)).toBe(0n);
    expect(usdMicros(12)).toBe(12_000_000n);
  });

  it('says how much the balance lacks', () => {
    expect(shortfall(4_936_000_000n, 5)).toBe(0n);
    expect(shortfall(4_936_000_000n, 4.9)).toBe(36_000_000n);
  });
});
