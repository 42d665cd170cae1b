import Papa from 'papaparse';

export const BOM = '\uFEFF';

/**
 * Cells a spreadsheet would run as a formula (starting with = + - @ tab or CR) get a leading apostrophe —
 * except plain numbers such as "-0.418", which cannot be formulas and must stay numbers for accounting.
 */
export const FORMULA_PREFIX = /^(?!-?\d+(?:\.\d+)?$)[=+\-@\t\r]/;

export interface Column<T> {
  /** The header cell: the API's field name, the same in every language (see `columns.ts`). */
  key: string;
  value: (row: T) => string;
}

/** RFC 4180 rows (CRLF, quotes doubled, quoted when needed), formulas neutralised. No header, no BOM. */
export function csvRows<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  if (rows.length === 0) return '';
  const data = rows.map((row) => columns.map((column) => column.value(row)));
  return `${Papa.unparse(data, { newline: '\r\n', escapeFormulae: FORMULA_PREFIX, header: false })}\r\n`;
}

export function csvHeader<T>(columns: readonly Column<T>[]): string {
  return `${Papa.unparse([columns.map((c) => c.key)], { newline: '\r\n', escapeFormulae: FORMULA_PREFIX })}\r\n`;
}

/** Filters whose value alone says what they are (`pending`, `stars`); others are written `name-value`. */
const BARE = new Set(['status', 'type']);

const slug = (value: string) => value.replace(/[^A-Za-z0-9_.@]+/g, '-').replace(/^-+|-+$/g, '');

/**
 * A file name that says what is inside: `orders-2026-04-01_to_2026-04-30-pending.csv`, or for no date
 * filter, everything up to `today` (the partner's local day): `orders-all-2026-11-25.csv`.
 */
export function csvFileName(kind: string, parts: Record<string, string | undefined>, today: string): string {
  const day = (value: string) => slug(value.slice(0, 10));
  const range =
    parts.from || parts.to ? `${parts.from ? day(parts.from) : 'start'}_to_${parts.to ? day(parts.to) : today}` : `all-${today}`;
  const extras = Object.entries(parts)
    .filter((entry): entry is [string, string] => Boolean(entry[1]) && entry[0] !== 'from' && entry[0] !== 'to')
    .map(([key, value]) => (BARE.has(key) ? slug(value) : `${key}-${slug(value)}`));
  return `${[kind, range, ...extras].join('-')}.csv`;
}
