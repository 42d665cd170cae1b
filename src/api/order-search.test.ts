import type { Order } from '@contract';
import { describe, expect, it } from 'vitest';
import type { Transport } from '@/lib/api-transport';
import { sourceExampleOrder } from '../../contract/fixtures';
import { byReferencePath, classifySearch, ordersByReference, searchOrders } from './order-search';

const ORIGIN = 'http://dashboard.test';

/**
 * A stand-in for the dashboard server and the sandbox's by-reference route, reached the way the browser reaches
 * them: the path goes through WHATWG URL parsing first (which is where dot segments disappear), then the route
 * decodes its one segment — or, for the `?ref=` form, reads the query. Anything else is a 404, as on the server.
 */
function server(orders: readonly Order[]) {
  const asked: string[] = [];
  const transport: Transport = async (path) => {
    const url = new URL(path, ORIGIN);
    const segment = /^\/api\/v1\/orders\/by-reference\/([^/]+)$/.exec(url.pathname)?.[1];
    const ref =
      segment !== undefined
        ? decodeURIComponent(segment)
        : url.pathname === '/api/v1/orders/by-reference'
          ? url.searchParams.get('ref')
          : null;
    if (ref === null) {
      const body = { ok: false, error_code: 'NOT_FOUND', error_message: `no route for ${url.pathname}`, data: null };
      return Response.json(body, { status: 404 });
    }
    asked.push(ref);
    return Response.json({ ok: true, data: orders.filter((order) => order.client_reference === ref) });
  };
  return { transport, asked };
}

const withReference = (id: number, client_reference: string): Order => ({ ...sourceExampleOrder, id, client_reference });

const tricky = [
  '.',
  '..',
  '...',
  '.hidden',
  '../x',
  'a/b',
  'a b',
  '50%',
  '%2e',
  '%2E%2E',
  '?x=1#y',
  '+plus+',
  'a\\b',
  'ünïcödé 請求書',
];

describe('client references reach by-reference intact', () => {
  it('a plain path segment cannot carry "." or "..", written as they are or as %2e', () => {
    for (const segment of [encodeURIComponent('..'), encodeURIComponent('.'), '%2E%2E', '%2e', '.%2E']) {
      // `.` leaves `/by-reference/` (no segment), `..` climbs to `/orders/`: the route with a reference is never reached.
      expect(new URL(`/api/v1/orders/by-reference/${segment}`, ORIGIN).pathname).not.toMatch(/\/by-reference\/[^/]+$/);
    }
  });

  it.each(tricky)('finds the order whose reference is %j', async (reference) => {
    const orders = tricky.map((ref, i) => withReference(i + 1, ref));
    const api = server(orders);
    const found = await ordersByReference(reference, { fetch: api.transport });
    expect(api.asked).toEqual([reference]);
    expect(found.map((order) => order.client_reference)).toEqual([reference]);
  });

  it('sends dot references as ?ref= and every other one as its percent-encoded path segment', () => {
    expect(byReferencePath('..')).toBe('/api/v1/orders/by-reference?ref=..');
    expect(byReferencePath('.')).toBe('/api/v1/orders/by-reference?ref=.');
    expect(byReferencePath('a/b c')).toBe('/api/v1/orders/by-reference/a%2Fb%20c');
  });
});

describe('surrounding whitespace', () => {
  const orders = [withReference(1, ' padded '), withReference(2, 'inv-7')];

  it('looks the reference up exactly as typed first', async () => {
    const api = server(orders);
    expect((await ordersByReference(' padded ', { fetch: api.transport })).map((o) => o.id)).toEqual([1]);
    expect(api.asked).toEqual([' padded ']);
  });

  it('trims only when nothing matches the reference as typed', async () => {
    const api = server(orders);
    expect((await ordersByReference('  inv-7 ', { fetch: api.transport })).map((o) => o.id)).toEqual([2]);
    expect(api.asked).toEqual(['  inv-7 ', 'inv-7']);
    expect(await ordersByReference(' none ', { fetch: api.transport })).toEqual([]);
    expect(await ordersByReference('none', { fetch: api.transport })).toEqual([]);
    expect(api.asked.slice(2)).toEqual([' none ', 'none', 'none']);
  });

  it('the search box keeps a reference as typed, and the search finds it through the same fallback', async () => {
    expect(classifySearch(' padded ')).toEqual({ kind: 'reference', reference: ' padded ' });
    const api = server(orders);
    const found = await searchOrders(classifySearch('inv-7 '), new AbortController().signal, api.transport);
    expect(found.map((o) => o.id)).toEqual([2]);
  });
});
