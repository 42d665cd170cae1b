import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvLine } from '../../contract/csv';
import type { ExportRequest } from '../../contract/export';
import { ORDER_EXPORT_KEYS, orderCell } from '../../contract/export-cells';
import { sourceExampleOrder } from '../../contract/fixtures';
import { CsvBytes } from '../exports/csv-bytes';
import { exportPlan } from '../exports/export-csv';
import { ExportFailure } from '../exports/export-failure';
import { PIECE_BYTES, pageReading } from '../exports/page-reading';
import { localThread, pageThread } from '../exports/page-thread';

const orders = (ids: number[]) => ids.map((id) => ({ ...sourceExampleOrder, id, client_reference: id === 2 ? '=cmd()' : null }));
const page = (items: unknown[], total = items.length) =>
  JSON.stringify({ ok: true, data: { items, total, limit: 100, offset: 0 } });
const text = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
const rowsOf = (bytes: Uint8Array) =>
  Papa.parse<string[]>(text(bytes), { newline: '\r\n', delimiter: ',', skipEmptyLines: true }).data;

describe('reading an export’s answers', () => {
  it('writes the chosen columns, formulas neutralised, and leaves out rows the previous page held', () => {
    const reading = pageReading({ source: 'orders', columns: ['id', 'client_reference', 'price_ton'] });
    expect(reading.read(page(orders([4, 3]), 9))).toEqual({ count: 2, total: 9, rows: 2 });
    expect(reading.read(page(orders([3, 2, 1]), 9))).toEqual({ count: 3, total: 9, rows: 2 });
    expect(rowsOf(reading.flush())).toEqual([
      ['4', '', '0.418'],
      ['3', '', '0.418'],
      ['2', "'=cmd()", '0.418'],
      ['1', '', '0.418'],
    ]);
  });

  it('hands bytes over in pieces once enough have gathered; counting alone writes nothing', () => {
    const reading = pageReading({ source: 'orders', columns: [...ORDER_EXPORT_KEYS] });
    let pieces = 0;
    for (let p = 0; p < 40; p += 1) {
      const result = reading.read(page(orders(Array.from({ length: 100 }, (_, i) => 10_000 - p * 100 - i))));
      if (result.bytes) {
        pieces += 1;
        expect(result.bytes.length).toBeGreaterThanOrEqual(PIECE_BYTES);
      }
    }
    expect(pieces).toBeGreaterThan(0);
    const counting = pageReading({ source: 'orders', columns: null });
    expect(counting.read(page(orders([3, 2, 1])))).toEqual({ count: 3, total: 3, rows: 3 });
    expect(counting.flush().length).toBe(0);
  });

  it('reads a reference search (a list) and balance transactions with their own columns', () => {
    const list = pageReading({ source: 'reference', columns: ['id'] });
    expect(list.read(JSON.stringify({ ok: true, data: orders([7, 6]) }))).toMatchObject({ count: 2, total: 2, rows: 2 });
    expect(rowsOf(list.flush())).toEqual([['7'], ['6']]);
    const tx = { id: 5, type: 'refund', amount_ton: 1.5, balance_after_ton: 2, order_id: 9, tx_hash: null, created_at: 'x' };
    const ledger = pageReading({ source: 'transactions', columns: ['amount_ton', 'order_id'] });
    ledger.read(page([tx]));
    expect(rowsOf(ledger.flush())).toEqual([['1.5', '9']]);
  });

  it.each([
    ['an order without its price', page([{ ...sourceExampleOrder, price_ton: undefined }]), ': price_ton is undefined'],
    ['a status that is not text', page([{ ...sourceExampleOrder, status: 3 }]), ': status is number'],
    ['a row without an id', page([{ ...sourceExampleOrder, id: '1' }]), ''],
    ['a page without its total', JSON.stringify({ ok: true, data: { items: [] } }), ''],
    ['an answer outside the envelope', JSON.stringify({ items: [], total: 0 }), ''],
    ['a body that is not JSON', '<html>', ''],
  ])('refuses %s: no file is written from data the contract does not allow', (_, answer, detail) => {
    const reading = pageReading({ source: 'orders', columns: ['id', 'status', 'price_ton'] });
    expect(() => reading.read(answer)).toThrow(
      new ExportFailure('INTERNAL_ERROR', `unexpected data from the partner API${detail}`),
    );
  });

  it('writes the same bytes as csvLine over the contract’s cells for any row, or refuses it as they do', () => {
    const value = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', '1', ' ', ',', '"', '\n', '=', '-', 'é', '😀') }),
      fc.integer({ min: -1000, max: 2 ** 40 }),
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
      fc.constantFrom(null, true, 0.418, 1e21, -0),
    );
    const row = fc.dictionary(fc.constantFrom(...ORDER_EXPORT_KEYS), value);
    const columns = fc.shuffledSubarray([...ORDER_EXPORT_KEYS], { minLength: 1 });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 3 }), columns, (rows, chosen) => {
        const items = rows.map((r, i) => ({ ...r, id: i }));
        let expected: string | undefined;
        try {
          expected = items.map((r) => csvLine(chosen.map((key) => orderCell(key)(r)))).join('');
        } catch (error) {
          if (!(error instanceof TypeError || error instanceof RangeError)) throw error;
        }
        const reading = pageReading({ source: 'orders', columns: chosen });
        if (expected === undefined) expect(() => reading.read(page(items))).toThrow(ExportFailure);
        else {
          reading.read(page(items));
          expect(text(reading.flush())).toBe(expected);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the reading thread', () => {
  it('reads on a worker, in order, each export with its own columns and memory of the last page', async () => {
    const thread = pageThread();
    expect(await thread.where()).toBe('worker');
    const a = await thread.open({ source: 'orders', columns: ['id', 'client_reference'] });
    const b = await thread.open({ source: 'orders', columns: ['price_ton'] });
    const results = await Promise.all([a.read(page(orders([3, 2]))), b.read(page(orders([9]))), a.read(page(orders([2, 1])))]);
    expect(results.map((r) => r.rows)).toEqual([2, 1, 1]);
    expect(rowsOf(await a.flush())).toEqual([
      ['3', ''],
      ['2', "'=cmd()"],
      ['1', ''],
    ]);
    expect(rowsOf(await b.flush())).toEqual([['0.418']]);
    await expect(a.read('nope')).rejects.toThrow(new ExportFailure('INTERNAL_ERROR', 'unexpected data from the partner API'));
    a.close();
    b.close();
  });
});

describe('paging an export', () => {
  function upstream(total: number) {
    const asked: number[] = [];
    const reader = {
      signal: new AbortController().signal,
      authorization: 'Bearer k',
      upstream: async (path: string) => {
        const offset = Number(new URLSearchParams(path.split('?')[1]).get('offset'));
        asked.push(offset);
        const ids = Array.from({ length: Math.max(0, Math.min(100, total - offset)) }, (_, i) => total - offset - i);
        return new Response(page(orders(ids), total));
      },
    };
    return { asked, reader };
  }
  const request: ExportRequest = { source: 'orders', filters: {}, columns: ['id'], file_name: 'x.csv' };

  it.each([0, 1, 100, 250, 1000])('asks for each of %i rows’ pages once, and for no page past the total', async (total) => {
    const { asked, reader } = upstream(total);
    let rows = 0;
    for await (const n of exportPlan(request, reader, localThread).rowsOnly()) rows += n;
    expect(rows).toBe(total);
    expect(asked).toEqual(Array.from({ length: Math.max(1, Math.ceil(total / 100)) }, (_, i) => i * 100));
  });

  it('writes the BOM and header first, then every row', async () => {
    const { reader } = upstream(250);
    const pieces: Uint8Array[] = [];
    for await (const chunk of exportPlan(request, reader, localThread).chunks()) pieces.push(chunk.bytes);
    const file = text(Buffer.concat(pieces));
    expect(file.startsWith('\uFEFFid\r\n250\r\n249\r\n')).toBe(true);
    expect(file.trim().split('\r\n')).toHaveLength(251);
  });
});

describe('CSV bytes', () => {
  it('are byte for byte what csvLine writes, UTF-8 encoded, whatever the text', () => {
    const unit = fc.constantFrom(
      'a',
      '1',
      ' ',
      ',',
      '"',
      '\r',
      '\n',
      '=',
      '+',
      '-',
      '@',
      '\t',
      '.',
      '\uFEFF',
      'é',
      '星',
      '😀',
      '\uD800',
      '\uDC00',
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          const out = new CsvBytes();
          for (const row of rows) {
            for (const [i, cell] of row.entries()) out.cell(cell, i === 0);
            out.endRow();
          }
          expect(new Uint8Array(out.take())).toEqual(new TextEncoder().encode(rows.map((row) => csvLine(row)).join('')));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('grow past their first buffer', () => {
    const out = new CsvBytes();
    const long = 'x'.repeat(100_000);
    out.cell(long, true);
    out.cell('"', false);
    out.endRow();
    expect(text(out.take())).toBe(`${long},""""\r\n`);
    expect(out.take().length).toBe(0);
  });
});
