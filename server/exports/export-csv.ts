import { BOM, byReferencePath, csvLine, type ExportRequest } from '../../contract';
import { pageWriter } from './format-page';
import { type ExportPage, getFromUpstream, offsetPages, PAGE_SIZE, type PageReader } from './upstream-pages';

/** A piece of the file: CSV bytes and how many rows they hold, with the total the upstream announced. */
export interface Chunk {
  bytes: Uint8Array;
  rows: number;
  total: number;
}

export interface ExportPlan {
  /** The whole file, piece by piece: BOM and header first, then one piece per upstream page. */
  chunks: () => AsyncGenerator<Chunk>;
  /** The same pages, fetched and read the same way, written nowhere (the benchmark's floor). */
  rowsOnly: () => AsyncGenerator<number>;
}

const encoder = new TextEncoder();
/** About this many bytes go to the connection at once. */
const PIECE_BYTES = 256 * 1024;

function query(offset: number, filters: Record<string, string | undefined>): URLSearchParams {
  const params = new URLSearchParams({ limit: String(PAGE_SIZE), offset: String(offset) });
  for (const [name, value] of Object.entries(filters)) if (value) params.set(name, value);
  return params;
}

/** The pages an export request reads from the upstream, in order. */
function pagesOf(request: ExportRequest, reader: PageReader): AsyncGenerator<ExportPage> {
  switch (request.source) {
    case 'orders':
      return offsetPages((offset) => getFromUpstream(reader, `/orders?${query(offset, request.filters)}`));
    case 'transactions':
      return offsetPages((offset) => getFromUpstream(reader, `/balance/transactions?${query(offset, { type: request.type })}`));
    case 'reference':
      return byReference(reader, request.reference);
  }
}

/**
 * As the search box finds them: every order with this reference exactly as given; only when none has it,
 * those with the reference trimmed (a pasted reference often brings a stray space).
 */
async function* byReference(reader: PageReader, reference: string): AsyncGenerator<ExportPage> {
  const exact = await getFromUpstream(reader, byReferencePath(reference));
  const trimmed = reference.trim();
  const found =
    exact.ids.length > 0 || trimmed === reference || trimmed === ''
      ? exact
      : await getFromUpstream(reader, byReferencePath(trimmed));
  yield { ...found, skip: [] };
}

/** What an export request reads from the upstream, and how it becomes the file. */
export function exportPlan(request: ExportRequest, reader: PageReader): ExportPlan {
  return {
    async *chunks() {
      yield { bytes: encoder.encode(BOM + csvLine(request.columns)), rows: 0, total: 0 };
      const writer = pageWriter(request.source, request.columns);
      let rows = 0;
      let total = 0;
      for await (const page of pagesOf(request, reader)) {
        rows += writer.write(page.items, page.skip);
        total = page.total;
        // A few pages per piece: each write to the connection costs the same whatever its size, up to a point.
        if (writer.size >= PIECE_BYTES) {
          yield { bytes: writer.take(), rows, total };
          rows = 0;
        }
      }
      if (writer.size > 0) yield { bytes: writer.take(), rows, total };
    },
    async *rowsOnly() {
      for await (const page of pagesOf(request, reader)) yield page.ids.length - page.skip.length;
    },
  };
}
