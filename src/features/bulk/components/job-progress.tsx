import type { BulkJob } from '@contract/bulk';
import { useT } from '@/lib/i18n/use-t';
import { useFormat } from '@/lib/use-format';
import { etaClock, settledPercent } from '../job-status';

/** Live progress: a bar, done / failed / remaining (and cancelled), and the time left at the server's pace. */
export function JobProgress({ job }: { job: BulkJob }) {
  const t = useT();
  const f = useFormat();
  const { progress } = job;
  const percent = settledPercent(progress);
  const facts = [
    ['done', progress.done],
    ['failed', progress.failed],
    ['remaining', progress.remaining],
    ...(progress.cancelled > 0 ? [['cancelled', progress.cancelled] as const] : []),
  ] as const;
  return (
    <section aria-label={t('bulk.job.progress')} className="space-y-3 rounded-lg border border-line bg-surface p-4">
      <div
        role="progressbar"
        aria-label={t('bulk.job.progress')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="h-3 overflow-hidden rounded-full bg-subtle"
      >
        <div className="h-full bg-accent transition-[width]" style={{ width: `${percent}%` }} />
      </div>
      <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4" data-testid="bulk-job-counts">
        {facts.map(([name, value]) => (
          <div key={name}>
            <dt className="text-muted">{t(`bulk.progress.${name}`)}</dt>
            <dd className="text-lg font-semibold tabular-nums" data-testid={`bulk-${name}`}>
              {f.integer(value)}
            </dd>
          </div>
        ))}
      </dl>
      <p className="text-sm text-muted" data-testid="bulk-eta">
        {progress.eta_seconds !== null
          ? t('bulk.progress.eta', { time: etaClock(progress.eta_seconds) })
          : t('bulk.progress.of', { settled: f.integer(progress.total - progress.remaining), count: progress.total })}
        {job.status === 'running' && ` · ${t('bulk.progress.rate', { rate: f.integer(progress.rate_per_second) })}`}
      </p>
    </section>
  );
}
