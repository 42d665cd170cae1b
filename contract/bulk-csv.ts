import Papa from 'papaparse';
import { BULK_MAX_ROWS, type BulkRow } from './bulk';
import { CLIENT_REFERENCE_MAX, PREMIUM_MONTHS, STARS_MAX, STARS_MIN, usernamePattern } from './fields';

/**
 * The bulk order file, parsed in the browser for the preview (import this module by path: it brings
 * papaparse, which the contract's index does not). Accepts a UTF-8 BOM, `,` `;` or tab separators, quoted
 * fields, any line endings, header names in any case (with aliases), or no header at all (pasted lines in
 * the order recipient, product, quantity or months, client reference). Problems are codes, for the page
 * to say in the partner's language, with the file's line number.
 */
export type BulkColumn = 'recipient' | 'product' | 'quantity' | 'months' | 'client_reference';

const ALIAS_LIST: [BulkColumn, string[]][] = [
  ['recipient', ['recipient', 'recipient_username', 'username', 'user', 'telegram', 'to']],
  ['product', ['product', 'type', 'order_type', 'kind']],
  ['quantity', ['quantity', 'qty', 'stars', 'amount', 'count']],
  ['months', ['months', 'month', 'premium_months', 'duration']],
  ['client_reference', ['client_reference', 'reference', 'ref', 'client_ref', 'external_id', 'note']],
];
const ALIASES = new Map(ALIAS_LIST.flatMap(([column, names]) => names.map((name): [string, BulkColumn] => [name, column])));

export const BULK_ROW_PROBLEMS = [
  'recipient_missing',
  'recipient_invalid',
  'product_missing',
  'product_unknown',
  'quantity_missing',
  'quantity_invalid',
  'months_missing',
  'months_invalid',
  'reference_too_long',
  'malformed',
] as const;
export type BulkRowProblem = (typeof BULK_ROW_PROBLEMS)[number];

export type BulkFileProblem =
  | { code: 'empty' }
  | { code: 'missing_columns'; columns: BulkColumn[] }
  | { code: 'too_many_rows'; rows: number; max: number };

export interface BulkCsvLine {
  /** 1-based line of the file where this row starts (the header is line 1 when there is one). */
  line: number;
  /** The cells as written, for the preview. */
  cells: Record<BulkColumn, string>;
  /** The row to send, or null when it has problems. */
  row: BulkRow | null;
  problems: BulkRowProblem[];
  /** The line of an earlier row with the same recipient, product and quantity/months (a likely mistake). */
  duplicate_of: number | null;
}

export interface BulkCsvFile {
  delimiter: string;
  header: boolean;
  lines: BulkCsvLine[];
  problems: BulkFileProblem[];
}

/** What the page offers to download as a starting point. */
export const BULK_CSV_TEMPLATE =
  'recipient,product,quantity,months,client_reference\r\npandus,stars,100,,giveaway-1\r\nsome_friend,premium,,3,giveaway-2\r\n';

const POSITIONAL: BulkColumn[] = ['recipient', 'product', 'quantity', 'client_reference'];
const normalise = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

export function parseBulkCsv(text: string): BulkCsvFile {
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const records: { cells: string[]; line: number; malformed: boolean }[] = [];
  let consumed = 0;
  let line = 1;
  let delimiter = ',';
  Papa.parse<string[]>(source, {
    delimitersToGuess: [',', ';', '\t'],
    newline: '\n',
    step: (result) => {
      delimiter = result.meta.delimiter;
      const end = result.meta.cursor;
      if (result.data.some((cell) => cell.trim() !== '')) {
        records.push({ cells: result.data, line, malformed: result.errors.length > 0 });
      }
      line += countNewlines(source, consumed, end + 1);
      consumed = end + 1;
    },
  });
  const first = records[0];
  if (!first) return { delimiter, header: false, lines: [], problems: [{ code: 'empty' }] };
  const headerColumns = first.cells.map((cell) => ALIASES.get(normalise(cell)));
  const header = headerColumns.includes('recipient');
  const columns = header ? headerColumns : POSITIONAL;
  const problems: BulkFileProblem[] = [];
  const missing = missingColumns(columns, header, first.cells);
  if (missing.length > 0) return { delimiter, header, lines: [], problems: [{ code: 'missing_columns', columns: missing }] };
  const data = header ? records.slice(1) : records;
  if (data.length > BULK_MAX_ROWS) problems.push({ code: 'too_many_rows', rows: data.length, max: BULK_MAX_ROWS });
  const seen = new Map<string, number>();
  const lines = data.map((record) => {
    const parsed = parseLine(record, columns);
    if (parsed.row) {
      const key = duplicateKey(parsed.row);
      parsed.duplicate_of = seen.get(key) ?? null;
      if (!seen.has(key)) seen.set(key, parsed.line);
    }
    return parsed;
  });
  if (data.length === 0) problems.push({ code: 'empty' });
  return { delimiter, header, lines, problems };
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = text.indexOf('\n', from); index !== -1 && index < to; index = text.indexOf('\n', index + 1)) count++;
  return count;
}

function missingColumns(columns: (BulkColumn | undefined)[], header: boolean, firstCells: string[]): BulkColumn[] {
  if (!header) {
    // Without a header the first row must at least look like one of ours: a product in the second cell.
    return productOf(firstCells[1] ?? '') ? [] : ['recipient', 'product'];
  }
  const missing: BulkColumn[] = [];
  if (!columns.includes('product')) missing.push('product');
  if (!columns.includes('quantity') && !columns.includes('months')) missing.push('quantity', 'months');
  return missing;
}

function productOf(value: string): BulkRow['product'] | undefined {
  const name = value.trim().toLowerCase();
  if (name === 'stars' || name === 'star') return 'stars';
  if (name === 'premium' || name === 'telegram premium') return 'premium';
  return undefined;
}

function wholeNumber(value: string): number | undefined {
  const digits = value.replace(/[\s\u00a0\u202f_]/g, '');
  return /^\d{1,9}$/.test(digits) ? Number(digits) : undefined;
}

function parseLine(
  record: { cells: string[]; line: number; malformed: boolean },
  columns: (BulkColumn | undefined)[],
): BulkCsvLine {
  const cells: Record<BulkColumn, string> = { recipient: '', product: '', quantity: '', months: '', client_reference: '' };
  columns.forEach((column, index) => {
    const value = record.cells[index];
    if (column && value !== undefined && cells[column] === '') cells[column] = value.trim();
  });
  const problems: BulkRowProblem[] = record.malformed ? ['malformed'] : [];
  const recipient = cells.recipient.replace(/^@/, '');
  if (recipient === '') problems.push('recipient_missing');
  else if (!usernamePattern.test(recipient)) problems.push('recipient_invalid');
  const product = productOf(cells.product);
  if (cells.product === '') problems.push('product_missing');
  else if (!product) problems.push('product_unknown');
  const reference = cells.client_reference === '' ? undefined : cells.client_reference;
  if (reference !== undefined && reference.length > CLIENT_REFERENCE_MAX) problems.push('reference_too_long');
  const amount = amountOf(product, cells);
  if (amount.problem) problems.push(amount.problem);
  const base = { line: record.line, cells, problems, duplicate_of: null };
  if (problems.length > 0 || amount.value === undefined) return { ...base, row: null };
  const extra = reference === undefined ? {} : { client_reference: reference };
  const row: BulkRow =
    product === 'stars'
      ? { recipient, product, quantity: amount.value, ...extra }
      : { recipient, product: 'premium', months: monthsOf(amount.value), ...extra };
  return { ...base, row };
}

function amountOf(
  product: BulkRow['product'] | undefined,
  cells: Record<BulkColumn, string>,
): { value?: number; problem?: BulkRowProblem } {
  if (product === 'stars') {
    if (cells.quantity === '') return { problem: 'quantity_missing' };
    const quantity = wholeNumber(cells.quantity);
    if (quantity === undefined || quantity < STARS_MIN || quantity > STARS_MAX) return { problem: 'quantity_invalid' };
    return { value: quantity };
  }
  if (product === 'premium') {
    // One amount column serves both products: a Premium row may give its months under "quantity".
    const text = cells.months === '' ? cells.quantity : cells.months;
    if (text === '') return { problem: 'months_missing' };
    const months = wholeNumber(text);
    if (months === undefined || !isPremiumMonths(months)) return { problem: 'months_invalid' };
    return { value: months };
  }
  return {};
}

function isPremiumMonths(value: number): value is (typeof PREMIUM_MONTHS)[number] {
  return PREMIUM_MONTHS.some((months) => months === value);
}
function monthsOf(value: number): (typeof PREMIUM_MONTHS)[number] {
  if (!isPremiumMonths(value)) throw new Error(`not a Premium duration: ${value}`);
  return value;
}

function duplicateKey(row: BulkRow): string {
  const amount = row.product === 'stars' ? row.quantity : row.months;
  return `${row.recipient.toLowerCase()}|${row.product}|${amount}`;
}
