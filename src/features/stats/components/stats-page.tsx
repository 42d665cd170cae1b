import type { StatsSummary } from '@contract';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { statsQueries } from '@/api/stats';
import { Button } from '@/components/ui/button';
import { ErrorPanel } from '@/components/ui/error-panel';
import { formatInteger, formatTon, statusLabel } from '@/lib/format';
import { useUrlState } from '@/lib/url-state';
import { PRESETS, parseRangeNow, rangeSearch } from '../range';
import { isEmpty, statusBreakdown, summaryCards } from '../shape';
import { DailyTable } from './daily-table';

const StatsChart = lazy(() => import('./stats-chart'));

export function StatsPage() {
  const [range, setRange] = useUrlState(parseRangeNow, rangeSearch);
  const [showTable, setShowTable] = useState(false);
  const summary = useQuery(statsQueries.summary(range.from, range.to));

  return (
    <section className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h1 className="text-xl font-semibold">Stats</h1>
        <div className="flex flex-wrap items-end gap-2">
          <div role="group" aria-label="Range" className="flex gap-1">
            {PRESETS.map((days) => (
              <Button
                key={days}
                variant={range.kind === 'preset' && range.days === days ? 'primary' : 'secondary'}
                aria-pressed={range.kind === 'preset' && range.days === days}
                onClick={() => setRange({ days })}
              >
                {days} days
              </Button>
            ))}
          </div>
          <label className="flex flex-col gap-1 text-sm">
            From
            <input
              type="date"
              className="rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
              value={range.from}
              max={range.to}
              onChange={(e) => e.target.value && setRange({ from: e.target.value, to: range.to })}
            />
          </label>
          <label className="flex flex-col gap-1 text-sm">
            To
            <input
              type="date"
              className="rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
              value={range.to}
              min={range.from}
              onChange={(e) => e.target.value && setRange({ from: range.from, to: e.target.value })}
            />
          </label>
        </div>
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
  const cards = summaryCards(summary);
  const items: [string, string, string][] = [
    ['Orders', formatInteger(cards.orders), 'orders'],
    ['Completed', formatInteger(cards.completed), 'completed'],
    ['Success rate', cards.successRate ?? '—', 'success'],
    ['Stars delivered', formatInteger(cards.stars), 'stars'],
    ['Premium months', formatInteger(cards.premiumMonths), 'premium'],
    ['TON spent', `${formatTon(cards.spentTon)} TON`, 'spent'],
  ];
  return (
    <>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
        {items.map(([label, value, id]) => (
          <div key={id} className="rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900">
            <dt className="text-xs text-slate-600 dark:text-slate-400">{label}</dt>
            <dd className="mt-1 text-xl font-semibold tabular-nums" data-testid={`stat-${id}`}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
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
          <section aria-labelledby="status-heading" className="space-y-2">
            <h2 id="status-heading" className="font-semibold">
              Orders by status
            </h2>
            <ul className="space-y-1">
              {statusBreakdown(summary.by_status).map((row) => (
                <li key={row.status} className="grid grid-cols-[10rem_1fr_5rem] items-center gap-2 text-sm">
                  <span>{statusLabel(row.status)}</span>
                  <span
                    aria-hidden="true"
                    className="h-3 rounded bg-brand-500"
                    style={{ width: `${Math.max(1, row.share * 100)}%` }}
                  />
                  <span className="text-right tabular-nums" data-testid={`status-count-${row.status}`}>
                    {formatInteger(row.count)}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </>
  );
}
