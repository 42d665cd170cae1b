import { feeSchema, premiumEstimateSchema, recipientCheckSchema, starsEstimateSchema, tonRateSchema } from '@contract';
import { queryOptions } from '@tanstack/react-query';
import { getJson } from './request';

export type Product = 'stars' | 'premium';

export const pricingQueries = {
  fee: () =>
    queryOptions({
      queryKey: ['pricing', 'fee'],
      queryFn: (context) => getJson(context, '/api/v1/pricing/fee', feeSchema),
      staleTime: 10 * 60_000,
    }),
  tonUsd: () =>
    queryOptions({
      queryKey: ['pricing', 'ton-rate'],
      queryFn: (context) => getJson(context, '/api/v1/pricing/ton-rate', tonRateSchema),
      staleTime: 60_000,
    }),
  starsEstimate: (quantity: number) =>
    queryOptions({
      queryKey: ['pricing', 'estimate', 'stars', quantity],
      queryFn: (context) => getJson(context, `/api/v1/pricing/estimate/stars?quantity=${quantity}`, starsEstimateSchema),
      staleTime: 30_000,
      refetchInterval: 60_000,
    }),
  premiumEstimate: (months: number) =>
    queryOptions({
      queryKey: ['pricing', 'estimate', 'premium', months],
      queryFn: (context) => getJson(context, `/api/v1/pricing/estimate/premium?months=${months}`, premiumEstimateSchema),
      staleTime: 30_000,
      refetchInterval: 60_000,
    }),
  recipient: (product: Product, username: string) =>
    queryOptions({
      queryKey: ['recipients', product, username.toLowerCase()],
      queryFn: (context) =>
        getJson(context, `/api/v1/recipients/${product}?username=${encodeURIComponent(username)}`, recipientCheckSchema),
      staleTime: 60_000,
    }),
};
