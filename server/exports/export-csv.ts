import { byReferencePath } from '../../contract';
import { BOM, csvLine } from '../../contract/csv';
import type { ExportRequest } from '../../contract/export';
import type { PageResult } from './page-reading';
import { type ReadingStream, type ReadingThread, readingThread } from './page-thread';
import { getText, PAGE_SIZE, type PageReader } from './upstream-pages';

/** A piece of the file: CSV bytes and how many rows they hold, with the total the upstream announced. */
export interface Chunk {
  bytes: Uint8Array;
  rows: number;
  total: number;
}

export interface ExportPlan {
  /** The whole file, piece by piece: BOM and header first, then pieces of about 256 KB of rows. */
  chunks: () => AsyncGenerator<Chunk>;
  /** The same pages, fetched and read the same way, written nowhere (the benchmark's floor): rows per page. */
  rowsOnly: () => AsyncGenerator<number>;
}

/** Answers being read at once: the next pages are fetched while earlier ones are parsed and written. */
const READ_AHEAD = 4;
const encoder = new TextEncoder();

function query(offset: number, filters: Record<string, string | undefined>): URLSearchParams {
  const params = new URLSearchParams({ limit: String(PAGE_SIZE), offset: String(offset) });
  for (const [name, value] of Object.entries(filters)) if (value) params.set(name, value);
  return params;
}

/**
 * Every page of an offset-paged list, in order: fetched here one after another, read on the reading thread a
 * few pages behind. The first page says how many rows there are; after it, the next page is asked for as soon
 * as one has arrived, and never past that total (nor past a short page) — the same pages the list holds.
 */
async function* offsetPages(read: (offset: number) => Promise<string>, stream: ReadingStream): AsyncGenerator<PageResult> {
  let total = 0;
  let known = false;
  let last = false;
  let offset = 0;
  let fetching: Promise<string> | undefined = read(0);
  const reading: { offset: number; result: Promise<PageResult> }[] = [];
  const more = () => (known && !last && offset < total ? read(offset) : undefined);
  try {
    for (;;) {
      while (fetching && reading.length < READ_AHEAD) {
        const text = await fetching;
        reading.push({ offset, result: stream.read(text) });
        offset += PAGE_SIZE;
        fetching = more();
      }
      const next = reading.shift();
      if (!next) return;
      const result = await next.result;
      total = result.total;
      known = true;
      if (result.count < PAGE_SIZE || next.offset + PAGE_SIZE >= result.total) last = true;
      fetching = last ? undefined : (fetching ?? more());
      yield result;
    }
  } finally {
    // Stopped early (cancelled, failed): requests already sent must not become unhandled rejections.
    fetching?.catch(() => undefined);
    for (const left of reading) left.result.catch(() => undefined);
  }
}

/** The answers an export request reads from the upstream, in order. */
async function* answersOf(request: ExportRequest, reader: PageReader, stream: ReadingStream): AsyncGenerator<PageResult> {
  switch (request.source) {
    case 'orders':
      yield* offsetPages((offset) => getText(reader, `/orders?${query(offset, request.filters)}`), stream);
      return;
    case 'transactions':
      yield* offsetPages((offset) => getText(reader, `/balance/transactions?${query(offset, { type: request.type })}`), stream);
      return;
    case 'reference': {
      // As the search box finds them: the reference exactly as given; only when none has it, trimmed.
      const exact = await stream.read(await getText(reader, byReferencePath(request.reference)));
      const trimmed = request.reference.trim();
      const retry = exact.count === 0 && trimmed !== request.reference && trimmed !== '';
      yield retry ? await stream.read(await getText(reader, byReferencePath(trimmed))) : exact;
    }
  }
}

/** What an export request reads from the upstream, and how it becomes the file. */
export function exportPlan(request: ExportRequest, reader: PageReader, thread: ReadingThread = readingThread): ExportPlan {
  return {
    async *chunks() {
      yield { bytes: encoder.encode(BOM + csvLine(request.columns)), rows: 0, total: 0 };
      const stream = await thread.open({ source: request.source, columns: request.columns });
      try {
        let rows = 0;
        let total = 0;
        for await (const page of answersOf(request, reader, stream)) {
          rows += page.rows;
          total = page.total;
          if (page.bytes) {
            yield { bytes: page.bytes, rows, total };
            rows = 0;
          }
        }
        yield { bytes: await stream.flush(), rows, total };
      } finally {
        stream.close();
      }
    },
    async *rowsOnly() {
      const stream = await thread.open({ source: request.source, columns: null });
      try {
        for await (const page of answersOf(request, reader, stream)) yield page.rows;
      } finally {
        stream.close();
      }
    },
  };
}
