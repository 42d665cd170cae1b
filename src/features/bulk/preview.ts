import { numberToDecimalText, tonToNano } from '@contract';
import type { BulkRow } from '@contract/bulk';
import type { BulkCsvLine, BulkRowProblem } from '../../../contract/bulk-csv';

/**
 * The validation preview of a bulk file, before anything is created: every row's state, what will be
 * sent, and the exact totals. Pure: the page feeds it the recipient checks and estimates as they arrive.
 */

/** What the API said about a recipient for a product; `unknown` when the check itself failed (the server still checks). */
export type RecipientState = { kind: 'ok' } | { kind: 'unavailable'; reason: string | null } | { kind: 'unknown' };

export type RowState =
  | { kind: 'invalid'; problems: BulkRowProblem[] }
  | { kind: 'unavailable'; reason: string | null }
  | { kind: 'duplicate'; of: number }
  | { kind: 'checking' }
  | { kind: 'ok' };
export type RowStateKind = RowState['kind'];

export interface PreviewRow {
  line: BulkCsvLine;
  state: RowState;
  /** Sent when the job starts: ok, or not checked yet (the server refuses one who cannot receive), or a duplicate kept on purpose. */
  send: boolean;
}

export const recipientKey = (row: Pick<BulkRow, 'product' | 'recipient'>) => `${row.product}:${row.recipient.toLowerCase()}`;
export const estimateKey = (row: BulkRow) => (row.product === 'stars' ? `stars:${row.quantity}` : `premium:${row.months}`);

export function previewRows(
  lines: readonly BulkCsvLine[],
  recipients: ReadonlyMap<string, RecipientState>,
  includeDuplicates: boolean,
): PreviewRow[] {
  return lines.map((line) => {
    if (!line.row) return { line, state: { kind: 'invalid', problems: line.problems }, send: false };
    const recipient = recipients.get(recipientKey(line.row));
    if (recipient?.kind === 'unavailable') return { line, state: { kind: 'unavailable', reason: recipient.reason }, send: false };
    if (line.duplicate_of !== null) return { line, state: { kind: 'duplicate', of: line.duplicate_of }, send: includeDuplicates };
    return { line, state: recipient ? { kind: 'ok' } : { kind: 'checking' }, send: true };
  });
}

export type PreviewCounts = Record<RowStateKind, number> & { total: number; send: number };

export function countRows(rows: readonly PreviewRow[]): PreviewCounts {
  const counts: PreviewCounts = { total: rows.length, send: 0, invalid: 0, unavailable: 0, duplicate: 0, checking: 0, ok: 0 };
  for (const row of rows) {
    counts[row.state.kind] += 1;
    if (row.send) counts.send += 1;
  }
  return counts;
}

/** The rows the job is created with, in the file's order. */
export function rowsToSend(rows: readonly PreviewRow[]): BulkRow[] {
  return rows.flatMap((row) => (row.send && row.line.row ? [row.line.row] : []));
}

export interface Estimate {
  price_ton: number;
  price_usd: number;
  fee_ton: number;
}

export interface Totals {
  /** Nanotons, fees included. */
  priceNano: bigint;
  feeNano: bigint;
  /** US dollars in millionths (each price read through its decimal text, rounded to a millionth, summed as integers). */
  usdMicros: bigint;
  /** Rows whose price is not known yet. */
  missing: number;
}

/** Exact sums over the rows to send, from one estimate per distinct product and quantity / months. */
export function totals(rows: readonly BulkRow[], estimates: ReadonlyMap<string, Estimate>): Totals {
  // Counted per price first: a 10,000-row file has a handful of distinct prices, so the exact
  // arithmetic runs a handful of times, not once per row, each time a lookup arrives.
  const perPrice = new Map<string, number>();
  for (const row of rows) perPrice.set(estimateKey(row), (perPrice.get(estimateKey(row)) ?? 0) + 1);
  const sum: Totals = { priceNano: 0n, feeNano: 0n, usdMicros: 0n, missing: 0 };
  for (const [key, count] of perPrice) {
    const estimate = estimates.get(key);
    if (!estimate) {
      sum.missing += count;
      continue;
    }
    const times = BigInt(count);
    sum.priceNano += tonToNano(estimate.price_ton) * times;
    sum.feeNano += tonToNano(estimate.fee_ton) * times;
    sum.usdMicros += usdMicros(estimate.price_usd) * times;
  }
  return sum;
}

/**
 * A USD price in millionths of a dollar, from its shortest decimal text, rounded half up: the service computes
 * dollars from TON with a rate, so a price may carry float noise (16.400000000000002) that is not money.
 */
export function usdMicros(value: number): bigint {
  const [whole = '0', fraction = ''] = numberToDecimalText(Math.abs(value)).split('.');
  const micros =
    BigInt(whole) * 1_000_000n + BigInt(fraction.padEnd(6, '0').slice(0, 6)) + (fraction[6] && fraction[6] >= '5' ? 1n : 0n);
  return value < 0 ? -micros : micros;
}

/** How much the balance lacks to pay `priceNano` (0 when it covers it). */
export function shortfall(priceNano: bigint, balanceTon: number): bigint {
  const missing = priceNano - tonToNano(balanceTon);
  return missing > 0n ? missing : 0n;
}
