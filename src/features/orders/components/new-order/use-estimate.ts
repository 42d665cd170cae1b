import { tonToNano } from '@contract';
import { useQuery } from '@tanstack/react-query';
import { type Product, pricingQueries } from '@/api/pricing';
import { useDebouncedValue } from '@/lib/use-debounced-value';

export interface EstimateView {
  status: 'none' | 'loading' | 'ready' | 'error';
  priceTon?: number;
  priceUsd?: number;
  feeTon?: number;
  tonUsd?: number;
  error?: unknown;
}

/**
 * The live estimate for exactly what is on the form; `amount` is null unless the API would accept it (so no
 * request is made for an invalid quantity). While the amount is still changing, or the answer is for another
 * amount, it reports `loading` — a stale price is never shown as the current one.
 */
export function useEstimate(product: Product, amount: number | null): EstimateView {
  const debounced = useDebouncedValue(amount, 300);
  const stars = useQuery({ ...pricingQueries.starsEstimate(debounced ?? 0), enabled: product === 'stars' && debounced !== null });
  const premium = useQuery({
    ...pricingQueries.premiumEstimate(debounced ?? 0),
    enabled: product === 'premium' && debounced !== null,
  });
  if (amount === null) return { status: 'none' };
  const query = product === 'stars' ? stars : premium;
  const answeredFor =
    stars.data && product === 'stars' ? stars.data.quantity : premium.data && product === 'premium' ? premium.data.months : null;
  if (query.isError && debounced === amount) return { status: 'error', error: query.error };
  if (debounced !== amount || !query.data || answeredFor !== amount) return { status: 'loading' };
  const { price_ton, price_usd, fee_ton, ton_usd } = query.data;
  return { status: 'ready', priceTon: price_ton, priceUsd: price_usd, feeTon: fee_ton, tonUsd: ton_usd };
}

/** How many nanotons the balance lacks to pay the price (exact), or null when it covers it or is unknown. */
export function shortfallNano(balanceTon: number | undefined, priceTon: number | undefined): bigint | null {
  if (balanceTon === undefined || priceTon === undefined) return null;
  const missing = tonToNano(priceTon) - tonToNano(balanceTon);
  return missing > 0n ? missing : null;
}
