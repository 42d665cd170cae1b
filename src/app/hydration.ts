import { orderListSchema, orderPageSchema, sessionSchema } from '@contract';
import { type DehydratedState, hydrate, type QueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';

/** The block the server's first render leaves for the browser: TanStack Query's dehydrated cache. */
export const STATE_ID = 'om-preload';

/** What the server may hand over, by the first parts of the query key, and the contract its data must meet. */
const allowed: readonly { key: readonly unknown[]; data: z.ZodMiniType }[] = [
  { key: ['session'], data: sessionSchema },
  { key: ['orders', 'list'], data: orderPageSchema },
  { key: ['orders', 'search'], data: orderListSchema },
];

/** A successful query as `dehydrate` writes it (its QueryState, settled, without errors). */
const dehydratedQuerySchema = z.object({
  queryKey: z.array(z.unknown()),
  queryHash: z.string(),
  dehydratedAt: z.number(),
  state: z.object({
    data: z.unknown(),
    dataUpdateCount: z.number(),
    dataUpdatedAt: z.number(),
    error: z.null(),
    errorUpdateCount: z.number(),
    errorUpdatedAt: z.number(),
    fetchFailureCount: z.number(),
    fetchFailureReason: z.null(),
    fetchMeta: z.null(),
    isInvalidated: z.boolean(),
    status: z.literal('success'),
    fetchStatus: z.literal('idle'),
  }),
});

function admissible(query: z.infer<typeof dehydratedQuerySchema>): boolean {
  const rule = allowed.find(({ key }) => key.every((part, i) => query.queryKey[i] === part));
  return rule?.data.safeParse(query.state.data).success === true;
}

/**
 * Reads the server's dehydrated state and hydrates `queryClient` with it. Like any API answer, the
 * block is checked against the contract first: only the queries the server renders (session, list,
 * search), each with data the contract accepts; anything else means no hydration (the SPA renders).
 */
export function hydrateFromDocument(queryClient: QueryClient, doc: Document): boolean {
  const text = doc.getElementById(STATE_ID)?.textContent;
  if (!text) return false;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return false;
  }
  const parsed = z.object({ queries: z.array(dehydratedQuerySchema) }).safeParse(json);
  if (!parsed.success || parsed.data.queries.length === 0 || !parsed.data.queries.every(admissible)) return false;
  const state: DehydratedState = { mutations: [], queries: parsed.data.queries };
  hydrate(queryClient, state);
  return true;
}
