import { tonToNano } from '@contract';
import { useQuery } from '@tanstack/react-query';
import { type Product, pricingQueries } from '@/api/pricing';
import { formatTon } from '@/lib/format';
import { useErrorMessage } from '@/lib/i18n/use-error-message';
import { useDebouncedValue } from '@/lib/use-debounced-value';

export interface EstimateView {
  status: 'none' | 'loading' | 'ready' | 'error';
  priceTon?: number;
  priceUsd?: number;
  feeTon?: number;
  error?: unknown;
}

/**
 * The live estimate for exactly what is on the form. While the amount is still changing, or the answer is
 * for another amount, it reports `loading` — a stale price is never shown as the current one.
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
  return { status: 'ready', priceTon: query.data.price_ton, priceUsd: query.data.price_usd, feeTon: query.data.fee_ton };
}

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

export function EstimatePanel({ estimate }: { estimate: EstimateView }) {
  const errorText = useErrorMessage();
  return (
    <section
      aria-label="Price estimate"
      aria-live="polite"
      className="rounded-lg border border-slate-200 bg-white p-4 text-sm dark:border-slate-800 dark:bg-slate-900"
    >
      {estimate.status === 'none' && <p className="text-slate-600 dark:text-slate-400">Enter an amount to see the price.</p>}
      {estimate.status === 'loading' && <p className="text-slate-600 dark:text-slate-400">Updating estimate…</p>}
      {estimate.status === 'error' && <p className="text-red-700 dark:text-red-400">No estimate: {errorText(estimate.error)}</p>}
      {estimate.status === 'ready' && estimate.priceTon !== undefined && (
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt>Price</dt>
          <dd className="font-mono font-semibold" data-testid="estimate-ton">
            {formatTon(estimate.priceTon)} TON
          </dd>
          <dt>In USD</dt>
          <dd>≈ {usd.format(estimate.priceUsd ?? 0)}</dd>
          <dt>Included fee</dt>
          <dd className="font-mono">{formatTon(estimate.feeTon ?? 0)} TON</dd>
        </dl>
      )}
    </section>
  );
}

/** True when the balance cannot cover the price (exact nanoton comparison). */
export function isShort(balanceTon: number | undefined, priceTon: number | undefined): boolean {
  if (balanceTon === undefined || priceTon === undefined) return false;
  return tonToNano(balanceTon) < tonToNano(priceTon);
}
