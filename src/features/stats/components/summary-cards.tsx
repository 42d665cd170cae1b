import type { StatsSummary } from '@contract';
import type { ReactNode } from 'react';
import { Ton } from '@/components/ui/money';
import { useT } from '@/lib/i18n/use-t';
import { useFormat } from '@/lib/use-format';
import { summaryCards } from '../shape';

export function SummaryCards({ summary }: { summary: StatsSummary }) {
  const t = useT();
  const f = useFormat();
  const cards = summaryCards(summary);
  const items: { id: string; label: string; value: ReactNode; defined?: boolean }[] = [
    { id: 'orders', label: t('stats.orders'), value: f.integer(cards.orders) },
    { id: 'completed', label: t('stats.completed'), value: f.integer(cards.completed) },
    {
      id: 'success',
      label: t('stats.successRate'),
      value: cards.successRate === null ? t('common.notAvailable') : f.percent(cards.successRate),
      defined: true,
    },
    { id: 'stars', label: t('stats.starsDelivered'), value: f.integer(cards.stars) },
    { id: 'premium', label: t('stats.premiumMonths'), value: f.integer(cards.premiumMonths) },
    { id: 'spent', label: t('stats.spent'), value: <Ton value={cards.spentTon} /> },
  ];
  return (
    <div className="space-y-2">
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
        {items.map(({ id, label, value, defined }) => (
          <div key={id} className="rounded-lg border border-line bg-surface p-3">
            <dt className="text-xs text-muted">
              {label}
              {defined && <span aria-hidden="true">*</span>}
            </dt>
            <dd
              className="mt-1 text-xl font-semibold tabular-nums"
              data-testid={`stat-${id}`}
              aria-describedby={defined ? 'success-rate-definition' : undefined}
            >
              {value}
            </dd>
          </div>
        ))}
      </dl>
      {/* What the rate counts, said once under the cards rather than stretching every card. */}
      <p id="success-rate-definition" className="text-xs text-muted">
        <span aria-hidden="true">* </span>
        {t('stats.successRate')}: {t('stats.successRateHint')}
      </p>
    </div>
  );
}

/** The cards' shape while the figures load. */
export function SummaryCardsSkeleton() {
  return (
    <div className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
      {['orders', 'completed', 'success', 'stars', 'premium', 'spent'].map((id) => (
        <div key={id} className="space-y-2 rounded-lg border border-line bg-surface p-3">
          <span className="block h-3 w-16 animate-pulse rounded bg-subtle" />
          <span className="block h-6 w-20 animate-pulse rounded bg-subtle" />
        </div>
      ))}
    </div>
  );
}
