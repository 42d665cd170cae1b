import Papa from 'papaparse';

export const BOM = '\uFEFF';

/**
 * Cells a spreadsheet would run as a formula (starting with = + - @ tab or CR) get a leading apostrophe —
 * except plain numbers such as "-0.418", which cannot be formulas and must stay numbers for accounting.
 */
export const FORMULA_PREFIX = /^(?!-?\d+(?:\.\d+)?$)[=+\-@\t\r]/;

export interface Column<T> {
  key: string;
  label: string;
  value: (row: T) => string;
}

/** RFC 4180 rows (CRLF, quotes doubled, quoted when needed), formulas neutralised. No header, no BOM. */
export function csvRows<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  if (rows.length === 0) return '';
  const data = rows.map((row) => columns.map((column) => column.value(row)));
  return `${Papa.unparse(data, { newline: '\r\n', escapeFormulae: FORMULA_PREFIX, header: false })}\r\n`;
}

export function csvHeader<T>(columns: readonly Column<T>[]): string {
  return `${Papa.unparse([columns.map((c) => c.label)], { newline: '\r\n', escapeFormulae: FORMULA_PREFIX })}\r\n`;
}

/** A file name that says what is inside: `orders_2026-04-01_to_2026-04-30_status-completed.csv`. */
export function csvFileName(kind: string, parts: Record<string, string | undefined>, today: string): string {
  const range = parts.from || parts.to ? `${parts.from ?? 'start'}_to_${parts.to ?? today}` : `all_to_${today}`;
  const extras = Object.entries(parts)
    .filter(([key, value]) => value && key !== 'from' && key !== 'to')
    .map(([key, value]) => `${key}-${String(value).replace(/[^A-Za-z0-9_.-]+/g, '-')}`);
  return `${[kind, range, ...extras].join('_')}.csv`;
}
