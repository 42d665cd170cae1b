import type { Permission } from '../../contract';

/**
 * Which permission a proxied partner-API request needs (`path` is relative to `/api/v1`, query removed),
 * or null for a request nobody may make through the dashboard. Reads are `orders.read`; the only writes the
 * API has are creating and cancelling orders.
 */
export function partnerApiPermission(method: string, path: string): Permission | null {
  if (method === 'GET') return 'orders.read';
  if (method !== 'POST') return null;
  if (path === '/orders/stars' || path === '/orders/premium') return 'orders.create';
  if (/^\/orders\/[^/]+\/cancel$/.test(path)) return 'orders.cancel';
  return null;
}

/** The sandbox's simulated chain: reading its info is reading; sending transfers or expiring orders acts as a payer. */
export function sandboxPermission(method: string): Permission {
  return method === 'GET' ? 'orders.read' : 'payments.send';
}
