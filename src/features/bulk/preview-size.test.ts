import { describe, expect, it } from 'vitest';
import { parseBulkCsv } from '../../../contract/bulk-csv';
import { countRows, type Estimate, previewRows, type RecipientState, rowsToSend, totals } from './preview';

describe('a 10,000-row file', () => {
  it('is previewed whole: every row kept, counted and priced', () => {
    const lines = Array.from({ length: 10_000 }, (_, index) => `friend_${index},stars,${50 + (index % 7) * 50},,ref-${index}`);
    const file = parseBulkCsv(['recipient,product,quantity,months,client_reference', ...lines].join('\n'));
    expect(file.problems).toEqual([]);
    const checks = new Map<string, RecipientState>(
      file.lines.map((_line, index) => [
        `stars:friend_${index}`,
        index % 100 === 0 ? { kind: 'unavailable', reason: null } : { kind: 'ok' },
      ]),
    );
    const rows = previewRows(file.lines, checks, false);
    expect(countRows(rows)).toMatchObject({ total: 10_000, ok: 9_900, unavailable: 100, send: 9_900 });
    // The sandbox's price of 50 stars is 0.209 TON; k × 50 stars, k × that (written as the API would send it).
    const priceOf = (k: number) => Number(`${(209n * BigInt(k)) / 1000n}.${String((209n * BigInt(k)) % 1000n).padStart(3, '0')}`);
    const estimates = new Map<string, Estimate>(
      Array.from({ length: 7 }, (_, i) => [
        `stars:${50 + i * 50}`,
        { price_ton: priceOf(i + 1), price_usd: 0.836 * (i + 1), fee_ton: 0.01 },
      ]),
    );
    const sum = totals(rowsToSend(rows), estimates);
    expect(sum.missing).toBe(0);
    // Each price read through its shortest decimal text, times its count: never a float sum.
    const expected = rowsToSend(rows).reduce(
      (total, row) => total + (row.product === 'stars' ? 209_000_000n * BigInt(row.quantity / 50) : 0n),
      0n,
    );
    expect(sum.priceNano).toBe(expected);
  });
});
