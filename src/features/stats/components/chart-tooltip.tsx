import { Ton } from '@/components/ui/money';
import { useT } from '@/lib/i18n/use-t';
import { useFormat } from '@/lib/use-format';
import type { ChartPoint } from '../shape';

/** The hovered (or arrow-keyed) day's figures, on the theme's surface so it reads in light and dark. */
export function ChartTooltip({ point }: { point: ChartPoint | undefined }) {
  const t = useT();
  const f = useFormat();
  if (!point) return null;
  return (
    <div className="rounded-md border border-line bg-surface px-3 py-2 text-sm text-ink shadow-lg">
      <p className="font-medium tabular-nums">
        {point.date}
        {point.partial && <span className="ml-2 text-xs font-normal text-info">{t('stats.daily.partial')}</span>}
      </p>
      <dl className="mt-1 grid grid-cols-[auto_auto] gap-x-3">
        <dt className="flex items-center gap-1">
          <span aria-hidden="true" className="inline-block size-2 rounded-sm bg-[var(--chart-1)]" />
          {t('stats.orders')}
        </dt>
        <dd className="text-right tabular-nums">{f.integer(point.orders)}</dd>
        <dt className="flex items-center gap-1">
          <span aria-hidden="true" className="inline-block size-2 rounded-sm bg-[var(--chart-2)]" />
          {t('stats.spent')}
        </dt>
        <dd className="text-right">
          <Ton value={point.spent_ton} />
        </dd>
      </dl>
    </div>
  );
}
