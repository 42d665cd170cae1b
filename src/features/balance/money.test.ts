import { describe, expect, it } from 'vitest';
import { transactionUrl } from './explorer';
import { columnDecimals, usdCents } from './money';
import { parseThreshold } from './threshold';
import { lowBalance } from './use-low-balance';

describe('balance helpers', () => {
  it('values TON in USD cents without float drift', () => {
    expect(usdCents(11985.99325, 4)).toBe(4794397n);
    expect(usdCents(-0.209, 4)).toBe(-84n);
  });

  it('pads a column to its longest decimals', () => {
    expect(columnDecimals([4.18, -7.57625, 0.209, 12])).toBe(5);
    expect(columnDecimals([])).toBe(0);
  });

  it('accepts a threshold only as a decimal TON amount', () => {
    expect(parseThreshold('50')).toBe('50');
    expect(parseThreshold(' 12,50 ')).toBe('12.5');
    expect(parseThreshold('')).toBe('');
    for (const bad of ['abc', '-5', '1.0000000001', '1e3', '1.2.3', '12 TON']) expect(parseThreshold(bad)).toBeNull();
  });

  it('states how far below the threshold the balance is, exactly', () => {
    expect(lowBalance(3.2, '4.25')).toEqual({ balanceTon: '3.2', thresholdTon: '4.25', shortfallTon: '1.05', short: true });
    expect(lowBalance(5, '5')).toMatchObject({ short: false, shortfallTon: '0' });
  });

  it('links transactions to the explorer only outside the sandbox', () => {
    expect(transactionUrl('abc', 'sandbox')).toBeNull();
    expect(transactionUrl('abc', undefined)).toBeNull();
    expect(transactionUrl('abc', 'upstream')).toBe('https://tonviewer.com/transaction/abc');
  });
});
