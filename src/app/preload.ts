import { orderListSchema, orderPageSchema, sessionSchema } from '@contract';
import type { QueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { orderQueries } from '@/features/orders/api/order-queries';
import { parseListParams } from '@/features/orders/list-params';
import { sessionQueries } from '@/features/session/api/session-queries';

/**
 * Data the server rendered the first page with, shipped as a non-executable JSON block (allowed by the
 * CSP), so the browser hydrates that exact page without fetching it again.
 */
export const PRELOAD_ID = 'om-preload';

export const preloadSchema = z.object({
  session: sessionSchema,
  orders: z.optional(z.object({ search: z.string(), page: orderPageSchema })),
  /** What the search box found for `q` (an id, a memo or a reference). */
  found: z.optional(z.object({ q: z.string(), orders: orderListSchema })),
});
export type Preload = z.infer<typeof preloadSchema>;

export function seedQueryClient(queryClient: QueryClient, preload: Preload): void {
  queryClient.setQueryData(sessionQueries.all(), preload.session);
  if (preload.orders) {
    const params = parseListParams(new URLSearchParams(preload.orders.search));
    queryClient.setQueryData(orderQueries.list(params).queryKey, preload.orders.page);
  }
  if (preload.found) queryClient.setQueryData(orderQueries.search(preload.found.q).queryKey, preload.found.orders);
}

/** Reads the preload block, if the server sent one and it matches the contract. */
export function readPreload(doc: Document): Preload | null {
  const text = doc.getElementById(PRELOAD_ID)?.textContent;
  if (!text) return null;
  try {
    const parsed = preloadSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
