import { healthSchema } from '@contract';
import { queryOptions } from '@tanstack/react-query';
import { getJson } from './request';

export const healthQueries = {
  status: () =>
    queryOptions({
      queryKey: ['health'],
      queryFn: (context) => getJson(context, '/api/v1/health', healthSchema),
      refetchInterval: 30_000,
      retry: false,
      meta: { silent: true },
    }),
};
