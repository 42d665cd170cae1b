import {
  type ExportRequest,
  ORDER_COLUMN_KINDS,
  type OrderExportKey,
  orderCell,
  type Row,
  TRANSACTION_COLUMN_KINDS,
  type TransactionExportKey,
  transactionCell,
} from '../../contract';
import { CsvBytes } from './csv-bytes';
import { ExportFailure } from './upstream-pages';

const isOrderKey = (key: string): key is OrderExportKey => key in ORDER_COLUMN_KINDS;
const isTransactionKey = (key: string): key is TransactionExportKey => key in TRANSACTION_COLUMN_KINDS;

/**
 * The writer of one export's rows: its columns' cells, in the order chosen, into one growing buffer that the
 * caller takes from whenever it holds enough to send.
 */
export function pageWriter(source: ExportRequest['source'], columns: readonly string[]) {
  const cells =
    source === 'transactions' ? columns.filter(isTransactionKey).map(transactionCell) : columns.filter(isOrderKey).map(orderCell);
  const out = new CsvBytes();
  return {
    /**
     * Writes a page's rows, leaving out those the previous page already held; returns how many it wrote. A field
     * the contract does not allow fails the export (the cells check what they write): no file from data the
     * dashboard does not understand.
     */
    write(items: readonly Row[], skip: readonly number[]): number {
      const left = skip.length > 0 ? new Set(skip) : undefined;
      let rows = 0;
      try {
        for (const item of items) {
          if (left?.has(Number(item.id))) continue;
          for (let i = 0; i < cells.length; i += 1) out.cell(cells[i]?.(item) ?? '', i === 0);
          out.endRow();
          rows += 1;
        }
      } catch (error) {
        const detail = error instanceof TypeError ? `: ${error.message}` : '';
        throw new ExportFailure('INTERNAL_ERROR', `unexpected data from the partner API${detail}`);
      }
      return rows;
    },
    get size() {
      return out.size;
    },
    take: () => out.take(),
  };
}
