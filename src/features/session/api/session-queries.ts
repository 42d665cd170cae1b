import { sessionSchema } from '@contract';
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-fetch';

export const sessionQueries = {
  all: () => ['session'] as const,
  current: () =>
    queryOptions({
      queryKey: sessionQueries.all(),
      queryFn: ({ signal }) => apiFetch('/session', sessionSchema, { signal }),
      staleTime: 60_000,
    }),
};

export function signIn(input: { api_key: string } | { demo: true }) {
  return apiFetch('/session', sessionSchema, { method: 'POST', body: input });
}

export function signOut() {
  return apiFetch('/session', sessionSchema, { method: 'DELETE' });
}
