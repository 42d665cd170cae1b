import type { DailyStats } from '@contract';
import { lazy, Suspense, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Skeleton } from '@/components/ui/skeleton';
import { useT } from '@/lib/i18n/use-t';
import { useFormat } from '@/lib/use-format';
import { chartPoints } from '../shape';
import { DailyTable } from './daily-table';

const StatsChart = lazy(() => import('./stats-chart'));

export function DailySkeleton() {
  return <Skeleton className="h-72 w-full" />;
}

/** The daily figures as a chart or, for exact numbers and screen readers, as a table. */
export function DailySection({ daily }: { daily: readonly DailyStats[] }) {
  const t = useT();
  const f = useFormat();
  const [showTable, setShowTable] = useState(false);
  const points = chartPoints(daily, Date.now());
  const partial = points.some((p) => p.partial);
  return (
    <section aria-labelledby="daily-heading" className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="daily-heading" className="font-semibold">
          {t('stats.daily.heading')}
        </h2>
        <Button variant="secondary" aria-pressed={showTable} onClick={() => setShowTable((v) => !v)}>
          {showTable ? t('stats.daily.showChart') : t('stats.daily.showTable')}
        </Button>
      </div>
      {showTable ? (
        <DailyTable daily={points} />
      ) : (
        <Suspense fallback={<DailySkeleton />}>
          <StatsChart data={points} />
          <p className="sr-only">{t('stats.daily.chartHint')}</p>
        </Suspense>
      )}
      {(partial || f.timeZone !== 'UTC') && (
        <p className="text-xs text-muted">
          {partial && t('stats.daily.partialNote')} {f.timeZone !== 'UTC' && t('stats.daily.utcDays')}
        </p>
      )}
    </section>
  );
}
