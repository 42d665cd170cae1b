import type { Order } from '@contract';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { orderColumns, transactionColumns } from './columns';
import { type Column, csvFileName, csvHeader, csvRows } from './csv';
import { runExport } from './run-export';

const cols: Column<string[]>[] = [
  { key: 'a', value: (r) => r[0] ?? '' },
  { key: 'b', value: (r) => r[1] ?? '' },
];

describe('CSV writer', () => {
  it('quotes commas, quotes and newlines (RFC 4180) with CRLF rows', () => {
    expect(
      csvRows(
        [
          ['x,y', 'say "hi"'],
          ['line1\nline2', 'plain'],
        ],
        cols,
      ),
    ).toBe('"x,y","say ""hi"""\r\n"line1\nline2",plain\r\n');
  });

  it('keeps unicode as is', () => {
    expect(csvRows([['Ünïcødé ✓', '星']], cols)).toBe('Ünïcødé ✓,星\r\n');
  });

  it.each(['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])('neutralises the formula %j', (cell) => {
    const out = csvRows([[cell, 'ok']], cols);
    const [parsed] = Papa.parse<string[]>(out.trim(), { newline: '\r\n' }).data;
    expect(parsed?.[0]).toBe(`'${cell}`);
  });

  it('leaves plain (negative) numbers alone: amounts stay numbers', () => {
    expect(csvRows([['-0.418', '12']], cols)).toBe('-0.418,12\r\n');
  });

  it('names files after what they hold, in words a person reads', () => {
    expect(csvFileName('orders', { from: '2026-04-01', to: '2026-04-30', status: 'pending_payment' }, '2026-05-01')).toBe(
      'orders-2026-04-01_to_2026-04-30-pending_payment.csv',
    );
    expect(csvFileName('orders', {}, '2026-11-25')).toBe('orders-all-2026-11-25.csv');
    expect(csvFileName('orders', { from: '2026-04-01', type: 'stars', recipient: 'alice' }, '2026-05-01')).toBe(
      'orders-2026-04-01_to_2026-05-01-stars-recipient-alice.csv',
    );
    expect(csvFileName('orders', { reference: 'inv 42/a' }, '2026-05-01')).toBe('orders-all-2026-05-01-reference-inv-42-a.csv');
    expect(csvFileName('balance-transactions', { type: 'topup' }, '2026-05-01')).toBe(
      'balance-transactions-all-2026-05-01-topup.csv',
    );
  });

  it('keeps the API field names as the header, whatever the language of the dialog', () => {
    expect(csvHeader(orderColumns).split(',').slice(0, 3)).toEqual(['id', 'created_at', 'status']);
    expect(new Set(orderColumns.map((c) => c.label)).size).toBe(orderColumns.length);
  });

  it('writes exact TON amounts and ISO timestamps', () => {
    const priced: Order = {
      id: 1,
      status: 'completed',
      order_type: 'stars',
      recipient_username: 'u',
      price_ton: 0.418,
      payment_address: 'a',
      payment_memo: 'm',
      expires_at: '2026-04-16T12:15:00Z',
      created_at: '2026-04-16T12:00:00Z',
    };
    const line = csvRows([priced], orderColumns);
    expect(line).toContain(',0.418,');
    expect(line.startsWith('1,2026-04-16T12:00:00Z,completed,stars,')).toBe(true);
    expect(csvHeader(transactionColumns)).toBe('id,created_at,type,amount_ton,balance_after_ton,order_id,tx_hash\r\n');
  });
});

describe('runExport', () => {
  it('streams every page after a BOM and a header, reporting progress', async () => {
    const all = Array.from({ length: 250 }, (_, i) => [String(i), `=cmd${i}`]);
    const progress: string[] = [];
    const { blob, rows } = await runExport({
      fetchPage: async (offset) => ({ items: all.slice(offset, offset + 100), total: all.length }),
      columns: cols,
      signal: new AbortController().signal,
      onProgress: (done, total) => progress.push(`${done}/${total}`),
    });
    const text = await blob.text();
    expect(rows).toBe(250);
    expect(progress).toEqual(['100/250', '200/250', '250/250']);
    expect(new Uint8Array(await blob.arrayBuffer()).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    // Blob.text() decodes UTF-8 and drops the BOM; the bytes above prove it is there.
    expect(text.startsWith(`a,b\r\n0,"'=cmd0"\r\n`)).toBe(true);
    expect(text.trim().split('\r\n')).toHaveLength(251);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    const pages: number[] = [];
    const run = runExport({
      fetchPage: async (offset) => {
        pages.push(offset);
        if (offset === 100) controller.abort();
        return { items: Array.from({ length: 100 }, () => ['x', 'y']), total: 10_000 };
      },
      columns: cols,
      signal: controller.signal,
      onProgress: () => {},
    });
    await expect(run).rejects.toThrow();
    expect(pages.length).toBeLessThan(4);
  });
});
