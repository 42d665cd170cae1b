import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvLine } from '../../contract/csv';
import { ORDER_EXPORT_KEYS, orderCell } from '../../contract/export-cells';
import { sourceExampleOrder } from '../../contract/fixtures';
import { CsvBytes } from '../exports/csv-bytes';
import { pageWriter } from '../exports/format-page';
import { ExportFailure, offsetPages, type RawPage } from '../exports/upstream-pages';

const orders = (ids: number[]) => ids.map((id) => ({ ...sourceExampleOrder, id, client_reference: id === 2 ? '=cmd()' : null }));
const rowsOf = (bytes: Uint8Array) =>
  Papa.parse<string[]>(new TextDecoder().decode(bytes), { newline: '\r\n', delimiter: ',', skipEmptyLines: true }).data;

describe('writing an upstream page', () => {
  it('writes the chosen columns of every row the previous page did not hold, formulas neutralised', () => {
    const writer = pageWriter('orders', ['id', 'client_reference', 'price_ton']);
    expect(writer.write(orders([3, 2, 1]), [3])).toBe(2);
    expect(writer.write(orders([0]), [])).toBe(1);
    expect(rowsOf(writer.take())).toEqual([
      ['2', "'=cmd()", '0.418'],
      ['1', '', '0.418'],
      ['0', '', '0.418'],
    ]);
    expect(writer.size).toBe(0);
  });

  it('writes balance transactions with their own columns', () => {
    const tx = { id: 5, type: 'refund', amount_ton: 1.5, balance_after_ton: 2, order_id: 9, tx_hash: null, created_at: 'x' };
    const writer = pageWriter('transactions', ['amount_ton', 'order_id']);
    writer.write([tx], []);
    expect(rowsOf(writer.take())).toEqual([['1.5', '9']]);
  });

  it.each([
    ['an order without its price', { ...sourceExampleOrder, price_ton: undefined }, 'price_ton is undefined'],
    ['a status that is not text', { ...sourceExampleOrder, status: 3 }, 'status is number'],
    ['a reference that is an object', { ...sourceExampleOrder, client_reference: {} }, 'client_reference is object'],
  ])('refuses %s: no file is written from data the contract does not allow', (_, row, detail) => {
    const writer = pageWriter('orders', ['id', 'status', 'client_reference', 'price_ton']);
    expect(() => writer.write([row], [])).toThrow(
      new ExportFailure('INTERNAL_ERROR', `unexpected data from the partner API: ${detail}`),
    );
  });
});

describe('offset pages', () => {
  it('mark the rows the previous page already held, and stop at the total', async () => {
    const page = (ids: number[]): RawPage => ({ items: ids.map((id) => ({ id })), ids, total: 5 });
    const answers = [page([10, 9]), page([9, 8]), page([7])];
    const asked: number[] = [];
    const seen: { ids: number[]; skip: number[] }[] = [];
    const read = async (offset: number) => {
      asked.push(offset);
      const answer = answers[offset / 2];
      if (!answer) throw new Error(`offset ${offset}`);
      return answer;
    };
    for await (const { ids, skip } of offsetPages(read, 2)) seen.push({ ids, skip });
    expect(asked).toEqual([0, 2, 4]);
    expect(seen).toEqual([
      { ids: [10, 9], skip: [] },
      { ids: [9, 8], skip: [9] },
      { ids: [7], skip: [] },
    ]);
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
    expect(new TextDecoder().decode(out.take())).toBe(`${long},""""\r\n`);
    expect(out.take().length).toBe(0);
  });
});

describe('the page writer and the contract’s cells', () => {
  it('write the same bytes for any row, or both refuse it', () => {
    const value = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', '1', ' ', ',', '"', '\n', '=', '-', 'é', '😀') }),
      fc.integer({ min: -1000, max: 2 ** 40 }),
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
      fc.constantFrom(null, undefined, true, 0.418, 1e21, -0),
    );
    const row = fc.dictionary(fc.constantFrom(...ORDER_EXPORT_KEYS), value);
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 3 }),
        fc.shuffledSubarray([...ORDER_EXPORT_KEYS], { minLength: 1 }),
        (rows, columns) => {
          let expected: string | undefined;
          try {
            expected = rows.map((r) => csvLine(columns.map((key) => orderCell(key)(r)))).join('');
          } catch (error) {
            if (!(error instanceof TypeError || error instanceof RangeError)) throw error;
          }
          const writer = pageWriter('orders', columns);
          if (expected === undefined) expect(() => writer.write(rows, [])).toThrow();
          else {
            writer.write(rows, []);
            expect(new TextDecoder().decode(writer.take())).toBe(expected);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});
