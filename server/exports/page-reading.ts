// Only what reading needs: this module runs on the reading thread, which should load little.
import type { ExportRequest } from '../../contract/export';
import {
  ORDER_COLUMN_KINDS,
  type OrderExportKey,
  orderCell,
  type Row,
  TRANSACTION_COLUMN_KINDS,
  type TransactionExportKey,
  transactionCell,
} from '../../contract/export-cells';
import { CsvBytes } from './csv-bytes';
import { ExportFailure } from './export-failure';

/** What reading one upstream answer yielded. */
export interface PageResult {
  /** Rows in the answer (before leaving out those the previous page held): a full page means more may follow. */
  count: number;
  /** The total the upstream announced (a list's own length). */
  total: number;
  /** Rows written from it. */
  rows: number;
  /** CSV bytes, when enough have gathered to send (the rest waits for `flush`). */
  bytes?: Uint8Array;
}

/** How an export's answers are read: with the file's columns, or (the benchmark's floor) only counted. */
export interface ReadingPlan {
  source: ExportRequest['source'];
  /** The file's columns; null to read and count rows without writing them. */
  columns: readonly string[] | null;
}

/** About this many bytes go to the connection at once: each write costs the same whatever its size, up to a point. */
export const PIECE_BYTES = 256 * 1024;

const isRecord = (value: unknown): value is Row => typeof value === 'object' && value !== null;
const isOrderKey = (key: string): key is OrderExportKey => key in ORDER_COLUMN_KINDS;
const isTransactionKey = (key: string): key is TransactionExportKey => key in TRANSACTION_COLUMN_KINDS;
const unexpected = (detail = '') => new ExportFailure('INTERNAL_ERROR', `unexpected data from the partner API${detail}`);

/** The rows and total of an answer: a page (`{items, total}`) or a plain list of orders, in the `{ok, data}` envelope. */
function rowsOf(text: string): { items: readonly unknown[]; total: number } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw unexpected();
  }
  if (!isRecord(json) || json.ok !== true) throw unexpected();
  const data = json.data;
  if (Array.isArray(data)) return { items: data, total: data.length };
  if (isRecord(data) && Array.isArray(data.items) && typeof data.total === 'number')
    return { items: data.items, total: data.total };
  throw unexpected();
}

/**
 * Reads an export's answers in order, as JSON, and writes their rows as CSV. Offset pages shift when orders arrive
 * meanwhile: a row the previous page already held is left out, so none is written twice. A field the contract does
 * not allow fails the export (the cells check what they write): no file from data the dashboard does not understand.
 */
export function pageReading(plan: ReadingPlan) {
  const columns = plan.columns ?? [];
  const cells =
    plan.source === 'transactions'
      ? columns.filter(isTransactionKey).map(transactionCell)
      : columns.filter(isOrderKey).map(orderCell);
  const out = new CsvBytes();
  let previous = new Set<number>();
  return {
    read(text: string): PageResult {
      const { items, total } = rowsOf(text);
      const ids = new Set<number>();
      let rows = 0;
      try {
        for (const item of items) {
          if (!isRecord(item) || typeof item.id !== 'number') throw unexpected();
          ids.add(item.id);
          if (previous.has(item.id)) continue;
          rows += 1;
          if (!plan.columns) continue;
          for (let i = 0; i < cells.length; i += 1) out.cell(cells[i]?.(item) ?? '', i === 0);
          out.endRow();
        }
      } catch (error) {
        if (error instanceof ExportFailure) throw error;
        throw unexpected(error instanceof TypeError ? `: ${error.message}` : '');
      }
      previous = ids;
      return { count: items.length, total, rows, ...(out.size >= PIECE_BYTES ? { bytes: out.take() } : {}) };
    },
    /** The bytes written since the last piece. */
    flush: (): Uint8Array => out.take(),
  };
}
export type PageReading = ReturnType<typeof pageReading>;
