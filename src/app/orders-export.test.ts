import { afterEach, describe, expect, it, vi } from 'vitest';
import { toApiQuery } from '@/api/orders';
import { orderPages } from '@/features/export/sources';
import { parseListParams } from '@/features/orders/list-params';
import { fakeApi } from '@/test/fake-api';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('export of the orders list', () => {
  it('asks the API for exactly the filters the list shows, every one of them', async () => {
    const params = parseListParams(
      new URLSearchParams('status=paid&type=premium&from=2026-04-01&to=2026-04-30&recipient=@alice&page=3&size=50'),
    );
    const { calls } = fakeApi({ 'GET /api/v1/orders?': () => ({ data: { items: [], total: 0, limit: 100, offset: 0 } }) });
    const { page, pageSize, q, ...filters } = params;
    await orderPages({ kind: 'orders', filters })(200, new AbortController().signal);
    const exported = new URLSearchParams(calls[0]?.url.split('?')[1]);
    const listed = new URLSearchParams(toApiQuery(params));
    for (const query of [exported, listed]) {
      query.delete('limit');
      query.delete('offset');
    }
    expect(listed.toString()).toBe(
      'status=paid&order_type=premium&created_from=2026-04-01&created_to=2026-04-30&recipient=alice',
    );
    expect(exported.toString()).toBe(listed.toString());
    expect(calls[0]?.url).toContain('limit=100&offset=200');
    expect({ page, pageSize, q }).toEqual({ page: 3, pageSize: 50, q: undefined });
  });
});
