/**
 * CSV that spreadsheets open safely, written the same way wherever a file is made: RFC 4180 (CRLF rows,
 * quotes doubled, a field quoted when it must be), UTF-8 with a BOM so Excel reads it as UTF-8, and
 * formulas neutralised.
 */
export const BOM = '\uFEFF';

/**
 * Cells a spreadsheet would run as a formula (starting with = + - @ tab or CR) get a leading apostrophe —
 * except plain numbers such as "-0.418", which cannot be formulas and must stay numbers for accounting.
 */
export const FORMULA_PREFIX = /^(?!-?\d+(?:\.\d+)?$)[=+\-@\t\r]/;

/** Quotes, separators, line breaks, a stray BOM, or a leading or trailing space a reader could trim. */
const NEEDS_QUOTES = /[",\r\n\uFEFF]|^ | $/;
/** Anything either rule could apply to; most cells (ids, times, amounts, names) match neither. */
const NEEDS_CARE = /^[=+\-@\t\r ]|[",\r\n\uFEFF]| $/;

export function csvCell(value: string): string {
  if (!NEEDS_CARE.test(value)) return value;
  if (FORMULA_PREFIX.test(value)) return `"'${value.replaceAll('"', '""')}"`;
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One row, CRLF-terminated. */
export function csvLine(cells: readonly string[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i += 1) line += (i === 0 ? '' : ',') + csvCell(cells[i] ?? '');
  return `${line}\r\n`;
}
