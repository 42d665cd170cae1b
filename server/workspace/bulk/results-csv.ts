import { nanoToTon } from '../../../contract';
import type { BulkRowResult } from '../../../contract/bulk';

/**
 * A bulk job's results as CSV, safe to open in Excel (as the audit log's): a UTF-8 BOM, every field
 * quoted, text a spreadsheet would run as a formula (= + - @, tab, carriage return) prefixed with an
 * apostrophe. One line per row of the job, in row order; amounts exact in TON.
 */
const COLUMNS = [
  'row',
  'recipient',
  'product',
  'quantity',
  'months',
  'client_reference',
  'state',
  'order_id',
  'payment_memo',
  'order_status',
  'amount_ton',
  'idempotency_key',
  'error_code',
  'error',
] as const;

function field(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

export function bulkCsvHeader(): string {
  return `\uFEFF${COLUMNS.join(',')}\r\n`;
}

export function bulkCsvLine(row: BulkRowResult): string {
  const cells = [
    row.row,
    row.recipient,
    row.product,
    row.quantity,
    row.months,
    row.client_reference,
    row.state,
    row.order_id,
    row.payment_memo,
    row.order_status,
    row.amount_nano === null ? null : nanoToTon(row.amount_nano),
    row.idempotency_key,
    row.error_code,
    row.error,
  ];
  return `${cells.map(field).join(',')}\r\n`;
}
