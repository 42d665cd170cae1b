import type { StatsSummary } from '@contract';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { statsQueries } from '@/api/stats';
import { Button } from '@/components/ui/button';
import { ErrorPanel } from '@/components/ui/error-panel';
import { useUrlState } from '@/lib/url-state';
import { parseRangeNow, rangeSearch } from '../range';
import { isEmpty } from '../shape';
import { DailyTable } from './daily-table';
import { RangePicker } from './range-picker';
import { StatusBreakdown } from './status-breakdown';
import { SummaryCards } from './summary-cards';

const StatsChart = lazy(() => import('./stats-chart'));

export function StatsPage() {
  const [range, setRange] = useUrlState(parseRangeNow, rangeSearch);
  const [showTable, setShowTable] = useState(false);
  const summary = useQuery(statsQueries.summary(range.from, range.to));

  return (
    <section className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h1 className="text-xl font-semibold">Stats</h1>
        <RangePicker range={range} onChange={setRange} />
      </div>
      {summary.isPending ? (
        <p className="text-sm">Loading stats…</p>
      ) : summary.isError ? (
        <ErrorPanel error={summary.error} onRetry={() => void summary.refetch()} title="Could not load stats" />
      ) : (
        <StatsBody
          summary={summary.data}
          from={range.from}
          to={range.to}
          showTable={showTable}
          onToggleTable={() => setShowTable((v) => !v)}
        />
      )}
    </section>
  );
}

function StatsBody({
  summary,
  from,
  to,
  showTable,
  onToggleTable,
}: {
  summary: StatsSummary;
  from: string;
  to: string;
  showTable: boolean;
  onToggleTable: () => void;
}) {
  return (
    <>
      <SummaryCards summary={summary} />
      {isEmpty(summary) ? (
        <div className="rounded-lg border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
          <p className="font-medium">
            No orders between {from} and {to}.
          </p>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            Pick a wider range, or create an order to see it here.
          </p>
        </div>
      ) : (
        <>
          <section aria-labelledby="daily-heading" className="space-y-2">
            <div className="flex items-center justify-between">
              <h2 id="daily-heading" className="font-semibold">
                Daily orders and TON spent
              </h2>
              <Button variant="secondary" aria-pressed={showTable} onClick={onToggleTable}>
                {showTable ? 'Show chart' : 'Show as table'}
              </Button>
            </div>
            {showTable ? (
              <DailyTable daily={summary.daily} />
            ) : (
              <Suspense fallback={<div className="h-72 animate-pulse rounded-lg bg-slate-200 dark:bg-slate-800" />}>
                <StatsChart data={summary.daily} />
                <p className="sr-only">Chart of daily orders and TON spent; use “Show as table” for the figures.</p>
              </Suspense>
            )}
          </section>
          <StatusBreakdown byStatus={summary.by_status} />
        </>
      )}
    </>
  );
}
