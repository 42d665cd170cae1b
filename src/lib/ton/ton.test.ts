import { nanoToTon, type Order, tonToNano } from '@contract';
import { describe, expect, it } from 'vitest';
import { sourceExampleOrder } from '../../../contract/fixtures';
import { commentPayload, readCommentPayload } from './comment';
import { orderTransfer, parseTonAmount, tonTransferLink, validUntilSeconds } from './transfer';

const order: Order = { ...sourceExampleOrder, id: 7 };
const at = (iso: string) => Date.parse(iso);

describe('nanoton helper on order prices', () => {
  it.each([
    [0.418, '418000000'],
    [1, '1000000000'],
    [0.000000001, '1'],
    [12.5, '12500000000'],
    [3.135, '3135000000'],
    [999999.999999999, '999999999999999'],
  ])('%s TON → %s nanotons', (ton, nano) => {
    expect(tonToNano(ton).toString()).toBe(nano);
  });

  it('rejects negatives in top-ups, NaN and more than 9 decimals', () => {
    expect(() => tonToNano(Number.NaN)).toThrow(RangeError);
    expect(() => tonToNano(0.0000000001)).toThrow(RangeError);
    expect(() => tonToNano('1.0000000001')).toThrow(RangeError);
    expect(parseTonAmount('-1')).toMatchObject({ ok: false });
    expect(parseTonAmount('0')).toMatchObject({ ok: false, error: 'positive' });
    expect(parseTonAmount('1.0000000001')).toMatchObject({ ok: false, error: 'decimals' });
    expect(parseTonAmount('abc')).toMatchObject({ ok: false, error: 'format' });
    expect(parseTonAmount('2000000')).toMatchObject({ ok: false, error: 'tooMuch' });
    expect(parseTonAmount(' 2,5 ')).toEqual({ ok: true, nano: 2_500_000_000n });
  });

  it('is exact for random amounts with 0–9 decimals (property)', () => {
    let seed = 2024;
    const random = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    for (let i = 0; i < 3000; i += 1) {
      const decimals = Math.floor(random() * 10);
      const whole = BigInt(Math.floor(random() * 100_000));
      const frac = BigInt(Math.floor(random() * 10 ** decimals));
      const text = decimals === 0 ? `${whole}` : `${whole}.${frac.toString().padStart(decimals, '0')}`;
      const expected = whole * 1_000_000_000n + frac * 10n ** BigInt(9 - decimals);
      expect(tonToNano(Number(text))).toBe(expected);
      expect(nanoToTon(expected)).toBe(nanoToTon(tonToNano(text)));
    }
  });
});

describe('comment payload', () => {
  it('round-trips the memo, including unicode', () => {
    for (const text of ['STARS-a1b2c3', 'PREM-ff', 'привет 👋']) expect(readCommentPayload(commentPayload(text))).toBe(text);
  });

  it('starts with 32 zero bits (a text comment)', () => {
    expect(Buffer.from(commentPayload('x'), 'base64').length).toBeGreaterThan(0);
    expect(commentPayload('STARS-a1b2c3')).toBe(commentPayload('STARS-a1b2c3'));
  });
});

describe('validUntil', () => {
  it('is in seconds, at most now + 600 s, never past the order expiry', () => {
    expect(validUntilSeconds(order.expires_at, at('2026-04-16T12:00:00Z'))).toBe(at('2026-04-16T12:10:00Z') / 1000);
    expect(validUntilSeconds(order.expires_at, at('2026-04-16T12:12:00Z'))).toBe(at('2026-04-16T12:15:00Z') / 1000);
    expect(validUntilSeconds(null, 1_000_500)).toBe(1600);
  });
});

describe('order transfer and deep link', () => {
  it('pays exactly price_ton in nanotons to payment_address with the memo', () => {
    const transfer = orderTransfer(order, at('2026-04-16T12:01:00Z'));
    expect(transfer).toEqual({ address: order.payment_address, amountNano: '418000000', comment: 'STARS-a1b2c3' });
    expect(tonTransferLink(transfer)).toBe(`ton://transfer/${order.payment_address}?amount=418000000&text=STARS-a1b2c3`);
    expect(tonTransferLink({ ...transfer, comment: 'a b&c' })).toContain('text=a%20b%26c');
  });

  it('refuses expired orders and any status other than pending_payment', () => {
    expect(() => orderTransfer(order, at('2026-04-16T12:15:00Z'))).toThrow(RangeError);
    for (const status of ['paid', 'processing', 'completed', 'expired', 'cancelled', 'failed', 'refunded', 'on_hold']) {
      expect(() => orderTransfer({ ...order, status }, at('2026-04-16T12:01:00Z'))).toThrow(RangeError);
    }
  });
});
