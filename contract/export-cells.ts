import { tonText } from './money';

/**
 * The cells of an export's columns, read straight from the upstream's rows as parsed JSON: each cell checks
 * the one field it writes against the contract's type for it (`orderSchema`, `balanceTransactionSchema`; a
 * test holds the two in step) and throws a TypeError otherwise — a file is never written from data the
 * dashboard does not understand. Checking only what is written, while writing it, costs a fraction of
 * parsing whole rows first: an export writes a million of them.
 */
export type Row = { readonly [field: string]: unknown };

/** What a column's field holds, as the contract types it; TON amounts are written exactly. */
export type CellKind = 'text' | 'optionalText' | 'number' | 'optionalNumber' | 'ton';

/** The order's columns in file order (each named after its field), with their kinds. */
export const ORDER_COLUMN_KINDS = {
  id: 'number',
  created_at: 'text',
  status: 'text',
  order_type: 'text',
  stars_amount: 'optionalNumber',
  premium_months: 'optionalNumber',
  recipient_username: 'text',
  price_ton: 'ton',
  payment_method: 'optionalText',
  payment_memo: 'text',
  client_reference: 'optionalText',
  expires_at: 'text',
  paid_at: 'optionalText',
  completed_at: 'optionalText',
  payment_tx_hash: 'optionalText',
  failure_reason: 'optionalText',
} as const satisfies Record<string, CellKind>;
export type OrderExportKey = keyof typeof ORDER_COLUMN_KINDS;

export const TRANSACTION_COLUMN_KINDS = {
  id: 'number',
  created_at: 'text',
  type: 'text',
  amount_ton: 'ton',
  balance_after_ton: 'ton',
  order_id: 'optionalNumber',
  tx_hash: 'optionalText',
} as const satisfies Record<string, CellKind>;
export type TransactionExportKey = keyof typeof TRANSACTION_COLUMN_KINDS;

export const ORDER_EXPORT_KEYS = keysOf(ORDER_COLUMN_KINDS);
export const TRANSACTION_EXPORT_KEYS = keysOf(TRANSACTION_COLUMN_KINDS);

/** The error a cell throws for a field the contract does not allow. */
export function wrongField(field: string, value: unknown): TypeError {
  return new TypeError(`${field} is ${value === null ? 'null' : typeof value}`);
}

type Cell = (row: Row) => string;

/** One reader per kind (each its own small function: a million rows go through them). */
const readers: Record<CellKind, (field: string) => Cell> = {
  text: (field) => (row) => {
    const value = row[field];
    if (typeof value !== 'string') throw wrongField(field, value);
    return value;
  },
  optionalText: (field) => (row) => {
    const value = row[field];
    if (value === null || value === undefined) return '';
    if (typeof value !== 'string') throw wrongField(field, value);
    return value;
  },
  number: (field) => (row) => {
    const value = row[field];
    if (typeof value !== 'number') throw wrongField(field, value);
    return String(value);
  },
  optionalNumber: (field) => (row) => {
    const value = row[field];
    if (value === null || value === undefined) return '';
    if (typeof value !== 'number') throw wrongField(field, value);
    return String(value);
  },
  ton: (field) => (row) => {
    const value = row[field];
    if (typeof value !== 'number') throw wrongField(field, value);
    return tonText(value);
  },
};

/** A column's cell: its field's text (before CSV quoting), or a TypeError when the value is not of its kind. */
export const orderCell = (key: OrderExportKey): Cell => readers[ORDER_COLUMN_KINDS[key]](key);
export const transactionCell = (key: TransactionExportKey): Cell => readers[TRANSACTION_COLUMN_KINDS[key]](key);

function keysOf<T extends Record<string, unknown>>(kinds: T): [keyof T & string, ...(keyof T & string)[]] {
  const keys = Object.keys(kinds).filter((key): key is keyof T & string => key in kinds);
  const [first, ...rest] = keys;
  if (first === undefined) throw new Error('an export needs columns');
  return [first, ...rest];
}
