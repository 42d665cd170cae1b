import { BOM, type Column, csvHeader, csvRows } from './csv';

export interface Page<T> {
  items: readonly T[];
  total: number;
}

export interface ExportJob<T> {
  /** One page of at most 100 rows starting at `offset`. */
  fetchPage: (offset: number, signal: AbortSignal) => Promise<Page<T>>;
  columns: readonly Column<T>[];
  onProgress: (done: number, total: number) => void;
  signal: AbortSignal;
  pageSize?: number;
}

/**
 * Streams every page into CSV text chunks (each page is turned into text at once, so memory holds text,
 * not objects) and returns the file as a Blob: UTF-8 with BOM, header first. The next page is requested
 * while the current one is written. Stops with an AbortError when `signal` aborts.
 */
export async function runExport<T>({
  fetchPage,
  columns,
  onProgress,
  signal,
  pageSize = 100,
}: ExportJob<T>): Promise<{ blob: Blob; rows: number }> {
  const chunks: string[] = [BOM, csvHeader(columns)];
  let offset = 0;
  let done = 0;
  let next = fetchPage(0, signal);
  for (;;) {
    const page = await next;
    signal.throwIfAborted();
    offset += pageSize;
    const more = page.items.length === pageSize && offset < page.total;
    if (more) next = fetchPage(offset, signal);
    chunks.push(csvRows(page.items, columns));
    done += page.items.length;
    onProgress(done, Math.max(page.total, done));
    if (!more) break;
  }
  return { blob: new Blob(chunks, { type: 'text/csv;charset=utf-8' }), rows: done };
}
