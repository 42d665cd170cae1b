import { describe, expect, it } from 'vitest';
import { toApiQuery } from '@/api/orders';
import { orderExportFilters } from '@/features/export/sources';
import { parseListParams } from '@/features/orders/list-params';

describe('export of the orders list', () => {
  it('asks the server for exactly the filters the list shows, every one of them', () => {
    const params = parseListParams(
      new URLSearchParams('status=paid&type=premium&from=2026-04-01&to=2026-04-30&recipient=@alice&page=3&size=50'),
    );
    const { page, pageSize, q, ...filters } = params;
    const exported = new URLSearchParams(
      Object.entries(orderExportFilters(filters)).filter((entry): entry is [string, string] => entry[1] !== undefined),
    );
    const listed = new URLSearchParams(toApiQuery(params));
    listed.delete('limit');
    listed.delete('offset');
    expect(listed.toString()).toBe(
      'status=paid&order_type=premium&created_from=2026-04-01&created_to=2026-04-30&recipient=alice',
    );
    expect(exported.toString()).toBe(listed.toString());
    expect({ page, pageSize, q }).toEqual({ page: 3, pageSize: 50, q: undefined });
  });

  it('sends days read in the partner’s zone as the UTC instants the list asks for', () => {
    const filters = { from: '2026-04-01', to: '2026-04-30', zone: 'Asia/Jakarta' };
    expect(orderExportFilters(filters)).toEqual({
      status: undefined,
      order_type: undefined,
      created_from: '2026-03-31T17:00:00Z',
      created_to: '2026-04-30T16:59:59Z',
      recipient: undefined,
    });
  });
});
