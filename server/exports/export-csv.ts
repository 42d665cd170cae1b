import {
  BOM,
  balanceTransactionPageSchema,
  byReferencePath,
  csvLine,
  type ExportRequest,
  orderExportCells,
  orderListSchema,
  orderPageSchema,
  transactionExportCells,
} from '../../contract';
import { getFromUpstream, offsetPages, PAGE_SIZE, type Page, type PageReader } from './upstream-pages';

/** A piece of the file: CSV text and how many rows it holds, with the total the upstream announced. */
export interface Chunk {
  text: string;
  rows: number;
  total: number;
}

export interface ExportPlan {
  /** The whole file, piece by piece: BOM and header first, then one piece per upstream page. */
  chunks: () => AsyncGenerator<Chunk>;
  /** The same pages, fetched the same way, without writing CSV (the benchmark's floor). */
  rowsOnly: () => AsyncGenerator<number>;
}

function plan<T>(
  pages: () => AsyncGenerator<Page<T>>,
  columns: readonly string[],
  cells: readonly ((row: T) => string)[],
): ExportPlan {
  return {
    async *chunks() {
      yield { text: BOM + csvLine(columns), rows: 0, total: 0 };
      for await (const page of pages()) {
        let text = '';
        for (const row of page.items) text += csvLine(cells.map((cell) => cell(row)));
        yield { text, rows: page.items.length, total: page.total };
      }
    },
    async *rowsOnly() {
      for await (const page of pages()) yield page.items.length;
    },
  };
}

function query(offset: number, filters: Record<string, string | undefined>): URLSearchParams {
  const params = new URLSearchParams({ limit: String(PAGE_SIZE), offset: String(offset) });
  for (const [name, value] of Object.entries(filters)) if (value) params.set(name, value);
  return params;
}

/** What an export request reads from the upstream, and how its rows become cells. */
export function exportPlan(request: ExportRequest, reader: PageReader): ExportPlan {
  switch (request.source) {
    case 'orders':
      return plan(
        () => offsetPages((offset) => getFromUpstream(reader, `/orders?${query(offset, request.filters)}`, orderPageSchema)),
        request.columns,
        request.columns.map((key) => orderExportCells[key]),
      );
    case 'transactions':
      return plan(
        () =>
          offsetPages((offset) =>
            getFromUpstream(
              reader,
              `/balance/transactions?${query(offset, { type: request.type })}`,
              balanceTransactionPageSchema,
            ),
          ),
        request.columns,
        request.columns.map((key) => transactionExportCells[key]),
      );
    case 'reference':
      return plan(
        async function* () {
          const items = await byReference(reader, request.reference);
          yield { items, total: items.length };
        },
        request.columns,
        request.columns.map((key) => orderExportCells[key]),
      );
  }
}

/**
 * As the search box finds them: every order with this reference exactly as given; only when none has it,
 * those with the reference trimmed (a pasted reference often brings a stray space).
 */
async function byReference(reader: PageReader, reference: string) {
  const exact = await getFromUpstream(reader, byReferencePath(reference), orderListSchema);
  const trimmed = reference.trim();
  if (exact.length > 0 || trimmed === reference || trimmed === '') return exact;
  return getFromUpstream(reader, byReferencePath(trimmed), orderListSchema);
}
