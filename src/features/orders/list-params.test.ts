import { describe, expect, it } from 'vitest';
import { toApiQuery } from '@/api/orders';
import { pageCount } from '@/components/ui/pagination';
import { parseListParams, toSearch } from './list-params';

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
});
