import { tonText } from './money';

/**
 * The cells of an export's columns, read straight from the upstream's rows as parsed JSON: each cell checks
 * the one field it writes against the contract's type for it (`orderSchema`, `balanceTransactionSchema`; a
 * test holds the two in step) and throws a TypeError otherwise — a file is never written from data the
 * dashboard does not understand. Checking only what is written, while writing it, costs a fraction of
 * parsing whole rows first: an export writes a million of them.
 */
export type Row = { readonly [field: string]: unknown };
type Cell = (row: Row) => string;

const wrong = (field: string, value: unknown) => new TypeError(`${field} is ${value === null ? 'null' : typeof value}`);

const text =
  (field: string): Cell =>
  (row) => {
    const value = row[field];
    if (typeof value !== 'string') throw wrong(field, value);
    return value;
  };
const optionalText =
  (field: string): Cell =>
  (row) => {
    const value = row[field];
    if (value === null || value === undefined) return '';
    if (typeof value !== 'string') throw wrong(field, value);
    return value;
  };
const number =
  (field: string, optional = false): Cell =>
  (row) => {
    const value = row[field];
    if (optional && (value === null || value === undefined)) return '';
    if (typeof value !== 'number') throw wrong(field, value);
    return String(value);
  };
/** Exact TON amount as text ("0.418"), never a rounded float. */
const ton =
  (field: string): Cell =>
  (row) => {
    const value = row[field];
    if (typeof value !== 'number') throw wrong(field, value);
    return tonText(value);
  };

export const orderExportCells = {
  id: number('id'),
  created_at: text('created_at'),
  status: text('status'),
  order_type: text('order_type'),
  stars_amount: number('stars_amount', true),
  premium_months: number('premium_months', true),
  recipient_username: text('recipient_username'),
  price_ton: ton('price_ton'),
  payment_method: optionalText('payment_method'),
  payment_memo: text('payment_memo'),
  client_reference: optionalText('client_reference'),
  expires_at: text('expires_at'),
  paid_at: optionalText('paid_at'),
  completed_at: optionalText('completed_at'),
  payment_tx_hash: optionalText('payment_tx_hash'),
  failure_reason: optionalText('failure_reason'),
};
export type OrderExportKey = keyof typeof orderExportCells;

export const transactionExportCells = {
  id: number('id'),
  created_at: text('created_at'),
  type: text('type'),
  amount_ton: ton('amount_ton'),
  balance_after_ton: ton('balance_after_ton'),
  order_id: number('order_id', true),
  tx_hash: optionalText('tx_hash'),
};
export type TransactionExportKey = keyof typeof transactionExportCells;

/** The columns in file order (object keys keep their written order). */
export const ORDER_EXPORT_KEYS = keysOf(orderExportCells);
export const TRANSACTION_EXPORT_KEYS = keysOf(transactionExportCells);

function keysOf<T extends Record<string, unknown>>(cells: T): [keyof T & string, ...(keyof T & string)[]] {
  const keys = Object.keys(cells).filter((key): key is keyof T & string => key in cells);
  const [first, ...rest] = keys;
  if (first === undefined) throw new Error('an export needs columns');
  return [first, ...rest];
}
