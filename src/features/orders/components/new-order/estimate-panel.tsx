import { Ton } from '@/components/ui/money';
import { useErrorMessage } from '@/lib/i18n/use-error-message';
import { useT } from '@/lib/i18n/use-t';
import { useFormat } from '@/lib/use-format';
import type { EstimateView } from './use-estimate';

interface EstimatePanelProps {
  estimate: EstimateView;
  /** The service is unreachable: one short notice instead of the lookup's own error. */
  outage: boolean;
  bounds: { min: number; max: number };
}

export function EstimatePanel({ estimate, outage, bounds }: EstimatePanelProps) {
  const t = useT();
  const f = useFormat();
  const errorText = useErrorMessage();
  const muted = 'text-muted';
  return (
    <section
      aria-label={t('newOrder.estimate.label')}
      aria-live="polite"
      className="rounded-lg border border-line bg-surface p-4 text-sm"
    >
      {outage ? (
        <p className="text-warn">{t('newOrder.estimate.unavailable')}</p>
      ) : estimate.status === 'none' ? (
        <p className={muted}>{t('newOrder.estimate.none', { min: f.integer(bounds.min), max: f.integer(bounds.max) })}</p>
      ) : estimate.status === 'loading' ? (
        <p className={muted}>{t('newOrder.estimate.loading')}</p>
      ) : estimate.status === 'error' ? (
        <p className="text-bad">{t('newOrder.estimate.error', { reason: errorText(estimate.error) })}</p>
      ) : (
        <dl className="grid grid-cols-[auto_1fr] items-baseline gap-x-4 gap-y-1">
          <dt className={muted}>{t('newOrder.estimate.price')}</dt>
          <dd className="flex flex-wrap items-baseline gap-x-2">
            <span data-testid="estimate-ton" className="text-lg font-semibold">
              <Ton value={estimate.priceTon ?? 0} />
            </span>
            {estimate.priceUsd !== undefined && <span className={muted}>≈ {f.usd(estimate.priceUsd)}</span>}
          </dd>
          <dt className={muted}>{t('newOrder.estimate.fee')}</dt>
          <dd>
            <Ton value={estimate.feeTon ?? 0} />
          </dd>
          {estimate.tonUsd !== undefined && (
            <dd className={`col-span-2 text-xs ${muted}`}>{t('newOrder.estimate.rate', { rate: f.usd(estimate.tonUsd) })}</dd>
          )}
        </dl>
      )}
    </section>
  );
}
