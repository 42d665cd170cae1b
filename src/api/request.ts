import type { QueryFunctionContext } from '@tanstack/react-query';
import type * as z from 'zod/mini';
import { apiFetch } from '@/lib/api-fetch';
import { transportOf } from '@/lib/api-transport';

export type QueryContext = Pick<QueryFunctionContext, 'signal' | 'client'>;

/**
 * GETs `path` for a query function and parses it with `schema`, through the transport bound to the
 * QueryClient that runs it: the browser's fetch, or the server render's upstream. Written once so every
 * query of the API layer runs the same code on both sides.
 */
export function getJson<S extends z.ZodMiniType>({ signal, client }: QueryContext, path: string, schema: S) {
  return apiFetch(path, schema, { signal, fetch: transportOf(client) });
}

/** Limit/offset of one page of a list, as every list route of the API takes them. */
export function pageQuery(limit: number, offset: number): URLSearchParams {
  return new URLSearchParams({ limit: String(limit), offset: String(offset) });
}
