import { describe, expect, it } from 'vitest';
import { orderListQuery, toApiQuery } from '@/api/orders';
import { pageCount } from '@/components/ui/pagination';
import { readDay } from '@/lib/read-day';
import { filterStatuses, filtersOf, parseListParams, toSearch } from './list-params';
import { maxDecimals } from './price-decimals';
import { recipientOf } from './search-target';

describe('orders list URL state', () => {
  it('reads defaults from an empty URL and falls back on malformed values', () => {
    expect(parseListParams(new URLSearchParams())).toEqual({ page: 1, pageSize: 20 });
    expect(parseListParams(new URLSearchParams('page=abc&size=33'))).toEqual({ page: 1, pageSize: 20 });
    expect(parseListParams(new URLSearchParams('page=0&size=-5'))).toEqual({ page: 1, pageSize: 20 });
    expect(parseListParams(new URLSearchParams('page=3&size=50'))).toEqual({ page: 3, pageSize: 50 });
  });

  it('writes only non-default values and round-trips', () => {
    expect(toSearch({ page: 1, pageSize: 20 }).toString()).toBe('');
    const params = { page: 4, pageSize: 100 };
    expect(parseListParams(toSearch(params))).toEqual(params);
  });

  it('maps pages to limit/offset and counts pages', () => {
    expect(toApiQuery({ page: 3, pageSize: 50 })).toBe('limit=50&offset=100');
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(101, 50)).toBe(3);
  });

  it('turns a recipient search into the recipient filter, in the server render too', () => {
    expect(parseListParams(new URLSearchParams('q=@pandus&status=paid'))).toEqual({
      page: 1,
      pageSize: 20,
      status: 'paid',
      recipient: 'pandus',
    });
    expect(parseListParams(new URLSearchParams('q=pandus')).recipient).toBe('pandus');
    expect(parseListParams(new URLSearchParams('q=STARS-a1b2')).q).toBe('STARS-a1b2');
  });
});

describe('recipientOf', () => {
  it('recognises @username and a bare username, never an id, a memo or a reference with other characters', () => {
    expect(recipientOf(' @pandus ')).toBe('pandus');
    expect(recipientOf('fail_user')).toBe('fail_user');
    for (const other of [
      '10421',
      '#42',
      'STARS-a1b2c3',
      'inv-42',
      'a b c d e',
      '@abc',
      '@1abcde',
      'x'.repeat(33),
      '"invoice42"',
      undefined,
    ]) {
      expect(recipientOf(other), String(other)).toBeUndefined();
    }
  });
});

describe('day filters', () => {
  it('reach the API as the partner-zone day boundaries, and as UTC days without a zone', () => {
    const params = parseListParams(new URLSearchParams('from=2026-04-01&to=2026-04-30'), 'Asia/Jakarta');
    expect(params.zone).toBe('Asia/Jakarta');
    const query = orderListQuery(filtersOf(params), 20, 0);
    expect(query.get('created_from')).toBe('2026-03-31T17:00:00Z');
    expect(query.get('created_to')).toBe('2026-04-30T16:59:59Z');
    const la = orderListQuery({ to: '2026-04-16', zone: 'America/Los_Angeles' }, 20, 0);
    expect(la.get('created_to')).toBe('2026-04-17T06:59:59Z');
    expect(orderListQuery({ from: '2026-04-01' }, 20, 0).get('created_from')).toBe('2026-04-01');
  });

  it('carry the zone only with a day, so an unfiltered list has one cache key everywhere', () => {
    expect(parseListParams(new URLSearchParams('status=paid'), 'Asia/Jakarta').zone).toBeUndefined();
  });

  it('read typed days strictly, with a phone-friendly digits-only form', () => {
    expect(readDay(' 2026-04-16 ')).toBe('2026-04-16');
    expect(readDay('20260416')).toBe('2026-04-16');
    expect(readDay('')).toBeUndefined();
    for (const bad of ['2026-02-30', '16.04.2026', '2026-4-16', '04/16/2026', 'abc']) expect(readDay(bad), bad).toBeNull();
  });

  it('offer no "failed" status: such orders rest in refunded', () => {
    expect(filterStatuses).not.toContain('failed');
    expect(filterStatuses).toContain('refunded');
  });
});

describe('price column', () => {
  it('pads to the most decimals on the page, counting exact TON digits', () => {
    expect(maxDecimals([4.18, 7.57625, 0.209])).toBe(5);
    expect(maxDecimals([1000000, '12'])).toBe(0);
    expect(maxDecimals(['0.000000001'])).toBe(9);
    expect(maxDecimals([])).toBe(0);
  });
});
