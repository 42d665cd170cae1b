import { describe, expect, it } from 'vitest';
import { BULK_MAX_ROWS } from './bulk';
import { BULK_CSV_TEMPLATE, parseBulkCsv } from './bulk-csv';

const rowsOf = (text: string) => parseBulkCsv(text).lines.map((line) => line.row);

describe('parseBulkCsv', () => {
  it('reads a comma file with a header, in any case and order', () => {
    const file = parseBulkCsv(
      'Product,RECIPIENT,Quantity,Months,Client_Reference\nstars,pandus,100,,gift-1\npremium,@some_friend,,6,\n',
    );
    expect(file.header).toBe(true);
    expect(file.delimiter).toBe(',');
    expect(file.problems).toEqual([]);
    expect(file.lines.map((line) => [line.line, line.row])).toEqual([
      [2, { recipient: 'pandus', product: 'stars', quantity: 100, client_reference: 'gift-1' }],
      [3, { recipient: 'some_friend', product: 'premium', months: 6 }],
    ]);
  });

  it('strips a UTF-8 BOM and reads semicolons, quoted fields with separators, quotes and line breaks, CRLF', () => {
    const text =
      '\uFEFFrecipient;product;quantity;reference\r\n"pandus";stars;"1 000";"a;b ""quoted"""\r\nalice_a;stars;50;"two\r\nlines"\r\nbob_bb;premium;12;\r\n';
    const file = parseBulkCsv(text);
    expect(file.delimiter).toBe(';');
    expect(file.lines.map((line) => [line.line, line.row])).toEqual([
      [2, { recipient: 'pandus', product: 'stars', quantity: 1000, client_reference: 'a;b "quoted"' }],
      [3, { recipient: 'alice_a', product: 'stars', quantity: 50, client_reference: 'two\nlines' }],
      // the quoted line break moved the next row to line 5; a Premium row may give months under "quantity"
      [5, { recipient: 'bob_bb', product: 'premium', months: 12 }],
    ]);
  });

  it('reads tabs and header aliases (username, type, amount, ref)', () => {
    expect(rowsOf('Username\tType\tAmount\tRef\npandus\tStars\t250\tx\n')).toEqual([
      { recipient: 'pandus', product: 'stars', quantity: 250, client_reference: 'x' },
    ]);
  });

  it('takes pasted lines without a header in the order recipient, product, amount, reference', () => {
    const file = parseBulkCsv('pandus,stars,100\nsome_friend,premium,3,promo\n');
    expect(file.header).toBe(false);
    expect(file.lines.map((line) => [line.line, line.row])).toEqual([
      [1, { recipient: 'pandus', product: 'stars', quantity: 100 }],
      [2, { recipient: 'some_friend', product: 'premium', months: 3, client_reference: 'promo' }],
    ]);
  });

  it('reports each bad row with its line number and every problem, and keeps the good ones', () => {
    const text = [
      'recipient,product,quantity,months,client_reference',
      'ab,stars,100,,',
      ',premium,,3,',
      'pandus,gift,100,,',
      'pandus,,100,,',
      'pandus,stars,49,,',
      'pandus,stars,10001,,',
      'pandus,stars,1.5,,',
      'pandus,stars,,,',
      'pandus,premium,,4,',
      'pandus,premium,,,',
      `pandus,stars,100,,${'r'.repeat(129)}`,
      'good_one,stars,10000,,',
    ].join('\n');
    const file = parseBulkCsv(text);
    expect(file.lines.map((line) => [line.line, line.problems])).toEqual([
      [2, ['recipient_invalid']],
      [3, ['recipient_missing']],
      [4, ['product_unknown']],
      [5, ['product_missing']],
      [6, ['quantity_invalid']],
      [7, ['quantity_invalid']],
      [8, ['quantity_invalid']],
      [9, ['quantity_missing']],
      [10, ['months_invalid']],
      [11, ['months_missing']],
      [12, ['reference_too_long']],
      [13, []],
    ]);
    expect(file.lines.filter((line) => line.row).map((line) => line.line)).toEqual([13]);
  });

  it('flags a row repeating an earlier recipient, product and amount (usernames compared without case or @)', () => {
    const file = parseBulkCsv(
      'recipient,product,quantity\npandus,stars,100\nPandus,stars,100\npandus,stars,200\n@PANDUS,stars,100\n',
    );
    expect(file.lines.map((line) => line.duplicate_of)).toEqual([null, 2, null, 2]);
  });

  it('reports an unclosed quote as a malformed row', () => {
    const file = parseBulkCsv('recipient,product,quantity\npandus,stars,100\n"oops,stars,100\n');
    expect(file.lines[1]?.problems).toContain('malformed');
  });

  it('skips blank lines and rows of empty cells, counting them in line numbers', () => {
    const file = parseBulkCsv('recipient,product,quantity\n\n , ,\n,,\npandus,stars,100\n');
    expect(file.lines.map((line) => line.line)).toEqual([5]);
  });

  it('says what is wrong with the file itself', () => {
    expect(parseBulkCsv('').problems).toEqual([{ code: 'empty' }]);
    expect(parseBulkCsv('\uFEFF\n\n').problems).toEqual([{ code: 'empty' }]);
    expect(parseBulkCsv('recipient,product,quantity\n').problems).toEqual([{ code: 'empty' }]);
    expect(parseBulkCsv('recipient,note\npandus,x\n').problems).toEqual([
      { code: 'missing_columns', columns: ['product', 'quantity', 'months'] },
    ]);
    expect(parseBulkCsv('hello,world\n').problems).toEqual([{ code: 'missing_columns', columns: ['recipient', 'product'] }]);
    const many = `recipient,product,quantity\n${'pandus,stars,100\n'.repeat(BULK_MAX_ROWS + 1)}`;
    expect(parseBulkCsv(many).problems).toEqual([{ code: 'too_many_rows', rows: BULK_MAX_ROWS + 1, max: BULK_MAX_ROWS }]);
  });

  it('parses its own template without problems', () => {
    const file = parseBulkCsv(BULK_CSV_TEMPLATE);
    expect(file.problems).toEqual([]);
    expect(file.lines.every((line) => line.row && line.problems.length === 0)).toBe(true);
  });
});
