import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalTextToNano, nanoToTon, nanoToTonNumber, numberToDecimalText, tonText, tonToNano } from './money';

describe('money: exact TON ↔ nanotons', () => {
  it.each([
    [0.418, 418_000_000n],
    [1, 1_000_000_000n],
    [0.000000001, 1n],
    [1e-7, 100n],
    [123456.123456789, 123_456_123_456_789n],
    [0.1 + 0.2, null],
    [29.999999999, 29_999_999_999n],
    [0, 0n],
  ])('tonToNano(%s)', (ton, nano) => {
    if (nano === null) expect(() => tonToNano(ton)).toThrow(RangeError);
    else expect(tonToNano(ton)).toBe(nano);
  });

  it('parses decimal text strictly', () => {
    expect(decimalTextToNano('12')).toBe(12_000_000_000n);
    expect(decimalTextToNano('-1.5')).toBe(-1_500_000_000n);
    expect(decimalTextToNano('0.1000000000')).toBe(100_000_000n);
    for (const bad of ['', '1e3', '1.2.3', 'abc', '0.0000000001', ' ', '1,5'])
      expect(() => decimalTextToNano(bad)).toThrow(RangeError);
  });

  it('prints nanotons as the shortest decimal', () => {
    expect(nanoToTon(418_000_000n)).toBe('0.418');
    expect(nanoToTon('1')).toBe('0.000000001');
    expect(nanoToTon(-1_500_000_000n)).toBe('-1.5');
    expect(nanoToTon(0n)).toBe('0');
  });

  it('expands exponent notation without losing digits', () => {
    expect(numberToDecimalText(1.5e-7)).toBe('0.00000015');
    expect(numberToDecimalText(1e21)).toBe('1000000000000000000000');
    expect(() => numberToDecimalText(Number.NaN)).toThrow(RangeError);
  });

  it('round-trips random amounts with 0–9 decimals', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let i = 0; i < 5000; i += 1) {
      const decimals = Math.floor(random() * 10);
      const nano = BigInt(Math.floor(random() * 1e6)) * 1_000_000_000n + BigInt(Math.floor(random() * 1e9));
      const scale = 10n ** BigInt(9 - decimals);
      const exact = (nano / scale) * scale;
      const asNumber = Number(nanoToTon(exact));
      expect(tonToNano(asNumber)).toBe(exact);
    }
  });
});

describe('tonText: exact TON text of a JSON number, quickly', () => {
  it.each([0.418, 1, 0, -0, -1.5, 1e-7, 0.000000001, 29.999999999, 12345678901234567000, 1.5e21])(
    'equals the round trip for %s',
    (ton) => {
      expect(tonText(ton)).toBe(nanoToTon(tonToNano(ton)));
    },
  );

  it('equals the round trip for every amount the API can send, and refuses what it cannot represent', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }), (nano) => {
        const sent = nanoToTonNumber(nano);
        expect(tonText(sent)).toBe(nanoToTon(tonToNano(sent)));
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        let slow: string | RangeError;
        try {
          slow = nanoToTon(tonToNano(value));
        } catch (error) {
          if (!(error instanceof RangeError)) throw error;
          slow = error;
        }
        if (slow instanceof RangeError) expect(() => tonText(value)).toThrow(RangeError);
        else expect(tonText(value)).toBe(slow);
      }),
      { numRuns: 5000 },
    );
  });
});
