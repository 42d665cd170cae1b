import { sessionSchema } from '@contract';
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-fetch';
import { getJson } from './request';

/** The dashboard server's own session (the partner key stays on the server; the browser holds a cookie). */
export const sessionQueries = {
  all: () => ['session'] as const,
  current: () =>
    queryOptions({
      queryKey: sessionQueries.all(),
      queryFn: (context) => getJson(context, '/session', sessionSchema),
      staleTime: 60_000,
    }),
};

export function signIn(input: { api_key: string } | { demo: true }) {
  return apiFetch('/session', sessionSchema, { method: 'POST', body: input });
}

export function signOut() {
  return apiFetch('/session', sessionSchema, { method: 'DELETE' });
}
