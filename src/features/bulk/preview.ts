import { type BulkRow, decimalTextToNano, numberToDecimalText, tonToNano } from '@contract';
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
  /** US dollars in billionths (the API's number read through its decimal text, summed as integers). */
  usdNano: bigint;
  /** Rows whose price is not known yet. */
  missing: number;
}

/** Exact sums over the rows to send, from one estimate per distinct product and quantity / months. */
export function totals(rows: readonly BulkRow[], estimates: ReadonlyMap<string, Estimate>): Totals {
  const sum: Totals = { priceNano: 0n, feeNano: 0n, usdNano: 0n, missing: 0 };
  for (const row of rows) {
    const estimate = estimates.get(estimateKey(row));
    if (!estimate) {
      sum.missing += 1;
      continue;
    }
    sum.priceNano += tonToNano(estimate.price_ton);
    sum.feeNano += tonToNano(estimate.fee_ton);
    sum.usdNano += decimalTextToNano(numberToDecimalText(estimate.price_usd));
  }
  return sum;
}

/** How much the balance lacks to pay `priceNano` (0 when it covers it). */
export function shortfall(priceNano: bigint, balanceTon: number): bigint {
  const missing = priceNano - tonToNano(balanceTon);
  return missing > 0n ? missing : 0n;
}
