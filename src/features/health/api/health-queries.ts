import { healthSchema } from '@contract';
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-fetch';

export const healthQueries = {
  status: () =>
    queryOptions({
      queryKey: ['health'],
      queryFn: ({ signal }) => apiFetch('/api/v1/health', healthSchema, { signal }),
      refetchInterval: 30_000,
      retry: false,
      meta: { silent: true },
    }),
};
