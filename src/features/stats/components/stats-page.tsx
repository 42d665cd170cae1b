import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { statsQueries } from '@/api/stats';
import { ErrorPanel } from '@/components/ui/error-panel';
import { PageHeading } from '@/components/ui/page-heading';
import { useT } from '@/lib/i18n/use-t';
import { usePreferences } from '@/lib/preferences/preferences-context';
import { useUrlState } from '@/lib/url-state';
import { apiRange, parseRange, rangeSearch } from '../range';
import { isEmpty } from '../shape';
import { DailySection, DailySkeleton } from './daily-section';
import { RangePicker } from './range-picker';
import { StatusBreakdown } from './status-breakdown';
import { SummaryCards, SummaryCardsSkeleton } from './summary-cards';

export function StatsPage() {
  const t = useT();
  const { timeZone } = usePreferences();
  const parse = useCallback((search: URLSearchParams) => parseRange(search, Date.now(), timeZone), [timeZone]);
  const [range, setRange] = useUrlState(parse, rangeSearch);
  const instants = apiRange(range, timeZone);
  const summary = useQuery(statsQueries.summary(instants.from, instants.to));

  return (
    <section className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <PageHeading title={t('stats.title')} />
        <RangePicker range={range} onChange={setRange} />
      </div>
      {summary.isPending ? (
        <div role="status" aria-busy="true" aria-label={t('stats.loading')} className="space-y-6">
          <SummaryCardsSkeleton />
          <DailySkeleton />
        </div>
      ) : summary.isError ? (
        <ErrorPanel error={summary.error} onRetry={() => void summary.refetch()} title={t('stats.error')} />
      ) : (
        <>
          <SummaryCards summary={summary.data} />
          {isEmpty(summary.data) ? (
            <div className="rounded-lg border border-dashed border-line-strong p-8 text-center">
              <p className="font-medium">{t('stats.empty.title', { from: range.from, to: range.to })}</p>
              <p className="mt-1 text-sm text-muted">{t('stats.empty.hint')}</p>
            </div>
          ) : (
            <>
              <DailySection daily={summary.data.daily} />
              <StatusBreakdown byStatus={summary.data.by_status} />
            </>
          )}
        </>
      )}
    </section>
  );
}
