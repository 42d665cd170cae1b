import { feeSchema, premiumEstimateSchema, recipientCheckSchema, starsEstimateSchema } from '@contract';
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-fetch';

export type Product = 'stars' | 'premium';

export const pricingQueries = {
  fee: () =>
    queryOptions({
      queryKey: ['pricing', 'fee'],
      queryFn: ({ signal }) => apiFetch('/api/v1/pricing/fee', feeSchema, { signal }),
      staleTime: 10 * 60_000,
    }),
  starsEstimate: (quantity: number) =>
    queryOptions({
      queryKey: ['pricing', 'estimate', 'stars', quantity],
      queryFn: ({ signal }) => apiFetch(`/api/v1/pricing/estimate/stars?quantity=${quantity}`, starsEstimateSchema, { signal }),
      staleTime: 30_000,
      refetchInterval: 60_000,
    }),
  premiumEstimate: (months: number) =>
    queryOptions({
      queryKey: ['pricing', 'estimate', 'premium', months],
      queryFn: ({ signal }) => apiFetch(`/api/v1/pricing/estimate/premium?months=${months}`, premiumEstimateSchema, { signal }),
      staleTime: 30_000,
      refetchInterval: 60_000,
    }),
  recipient: (product: Product, username: string) =>
    queryOptions({
      queryKey: ['recipients', product, username.toLowerCase()],
      queryFn: ({ signal }) =>
        apiFetch(`/api/v1/recipients/${product}?username=${encodeURIComponent(username)}`, recipientCheckSchema, { signal }),
      staleTime: 60_000,
    }),
};
