import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { balanceTransactionSchema } from './balance';
import { csvCell, csvLine, FORMULA_PREFIX } from './csv';
import { exportRequestSchema } from './export';
import { ORDER_EXPORT_KEYS, orderCell, TRANSACTION_EXPORT_KEYS, transactionCell } from './export-cells';
import { type Order, orderSchema } from './orders';

describe('CSV cells', () => {
  it('quotes commas, quotes and line breaks (RFC 4180) with CRLF rows', () => {
    expect(csvLine(['x,y', 'say "hi"'])).toBe('"x,y","say ""hi"""\r\n');
    expect(csvLine(['line1\nline2', 'plain', 'cr\r'])).toBe('"line1\nline2",plain,"cr\r"\r\n');
    expect(csvLine([' padded', 'end ', 'in side'])).toBe('" padded","end ",in side\r\n');
  });

  it('keeps unicode as is', () => {
    expect(csvLine(['Ünïcødé ✓', '星'])).toBe('Ünïcødé ✓,星\r\n');
  });

  it.each(['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])('neutralises the formula %j', (cell) => {
    const [parsed] = Papa.parse<string[]>(csvLine([cell, 'ok']).slice(0, -2), { newline: '\r\n' }).data;
    expect(parsed).toEqual([`'${cell}`, 'ok']);
  });

  it('leaves plain (negative) numbers alone: amounts stay numbers', () => {
    expect(csvLine(['-0.418', '12', '-3'])).toBe('-0.418,12,-3\r\n');
    expect(csvCell('-0.4.1')).toBe(`"'-0.4.1"`);
  });

  it('reads back exactly what was written, whatever the text', () => {
    const nasty = ['a"b', '"', '', ',', '\r\n', 'x\ny', ' ', '=1', "'quoted", '\uFEFFbom'];
    const parsed = Papa.parse<string[]>(csvLine(nasty).slice(0, -2), { newline: '\r\n' }).data[0];
    expect(parsed).toEqual(nasty.map((cell) => (FORMULA_PREFIX.test(cell) ? `'${cell}` : cell)));
  });
});

describe('export columns', () => {
  const order: Order = {
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

  it('keep the API field names, in file order', () => {
    expect(ORDER_EXPORT_KEYS.slice(0, 3)).toEqual(['id', 'created_at', 'status']);
    expect(ORDER_EXPORT_KEYS).toHaveLength(16);
    expect(TRANSACTION_EXPORT_KEYS).toEqual([
      'id',
      'created_at',
      'type',
      'amount_ton',
      'balance_after_ton',
      'order_id',
      'tx_hash',
    ]);
  });

  it('write exact TON amounts, ISO timestamps and empty cells for what is absent', () => {
    const cells = ORDER_EXPORT_KEYS.map((key) => orderCell(key)(order));
    expect(cells.slice(0, 8)).toEqual(['1', '2026-04-16T12:00:00Z', 'completed', 'stars', '', '', 'u', '0.418']);
    const tx = { id: 9, type: 'refund', amount_ton: -1.000000001, balance_after_ton: 12.5, created_at: 'x' };
    expect(TRANSACTION_EXPORT_KEYS.map((key) => transactionCell(key)(tx))).toEqual([
      '9',
      'x',
      'refund',
      '-1.000000001',
      '12.5',
      '',
      '',
    ]);
  });
});

describe('export request', () => {
  const orders = {
    source: 'orders',
    filters: { status: 'paid' },
    columns: ['id', 'status'],
    file_name: 'orders-all-2026-05-01.csv',
  };

  it('takes the list filters, chosen columns and a plain file name', () => {
    expect(exportRequestSchema.safeParse(orders).success).toBe(true);
    expect(
      exportRequestSchema.safeParse({
        source: 'transactions',
        columns: ['amount_ton'],
        file_name: 'balance-transactions-all-x.csv',
      }).success,
    ).toBe(true);
  });

  it.each([
    ['an unknown column', { ...orders, columns: ['id', 'secret'] }],
    ['a column twice', { ...orders, columns: ['id', 'id'] }],
    ['no column', { ...orders, columns: [] }],
    ['a transaction column for orders', { ...orders, columns: ['amount_ton'] }],
    ['a path in the file name', { ...orders, file_name: '../x.csv' }],
    ['a header in the file name', { ...orders, file_name: 'a".csv\r\nX: 1' }],
    ['an unknown filter', { ...orders, filters: { limit: '5' } }],
    ['an unknown status', { ...orders, filters: { status: 'lost' } }],
    ['an extra field', { ...orders, offset: 10 }],
    ['an empty reference', { source: 'reference', reference: '', columns: ['id'], file_name: 'a.csv' }],
  ])('refuses %s', (_, body) => {
    expect(exportRequestSchema.safeParse(body).success).toBe(false);
  });
});

describe('CSV cells, any text', () => {
  it('read back as written (formulas with their apostrophe), whatever the characters', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', '1', ' ', ',', '"', '\r', '\n', '=', '+', '-', '@', '\t', '.', '\uFEFF', 'é'),
    });
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (cells) => {
        const [parsed] = Papa.parse<string[]>(`${csvLine(cells)}x`, { newline: '\r\n', delimiter: ',' }).data;
        expect(parsed).toEqual(cells.map((cell) => (FORMULA_PREFIX.test(cell) ? `'${cell}` : cell)));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('export cells and the contract', () => {
  const samples: unknown[] = ['text', '', '=1', 3, 0.418, -1.5, null, undefined, true, {}, []];
  const accepts = (cell: (row: { [field: string]: unknown }) => string, field: string, value: unknown) => {
    try {
      cell({ [field]: value });
      return true;
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
      return false;
    }
  };

  it.each(ORDER_EXPORT_KEYS)('an order’s %s cell takes exactly what orderSchema takes', (key) => {
    const field = orderSchema.def.shape[key];
    for (const value of samples)
      expect([value, accepts(orderCell(key), key, value)]).toEqual([value, field.safeParse(value).success]);
  });

  it.each(TRANSACTION_EXPORT_KEYS)('a transaction’s %s cell takes exactly what balanceTransactionSchema takes', (key) => {
    const field = balanceTransactionSchema.def.shape[key];
    for (const value of samples)
      expect([value, accepts(transactionCell(key), key, value)]).toEqual([value, field.safeParse(value).success]);
  });
});
