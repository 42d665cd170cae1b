import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { bulkQueries } from '@/api/bulk';
import { ErrorPanel } from '@/components/ui/error-panel';
import { PageHeading } from '@/components/ui/page-heading';
import { PageSkeleton } from '@/components/ui/skeleton';
import { Time } from '@/components/ui/time';
import { useT } from '@/lib/i18n/use-t';
import { JobControls } from './job-controls';
import { JobProgress } from './job-progress';
import { JobResults, type PickedRows } from './job-results';
import { JobStatusBadge } from './job-status-badge';

/**
 * One bulk job, live: it runs on the server, so this page can be closed and opened again (or opened on
 * another device) at any time. `renderPay`: paying its pending orders together, for roles that pay.
 */
export function JobPage({ renderPay }: { renderPay?: (picked: PickedRows) => ReactNode }) {
  const t = useT();
  const id = useParams().id ?? '';
  const job = useQuery(bulkQueries.job(id));
  if (job.isPending) return <PageSkeleton label={t('bulk.job.loading')} />;
  if (job.isError) return <ErrorPanel error={job.error} onRetry={() => void job.refetch()} title={t('bulk.job.loadFailed')} />;
  const { data } = job;
  return (
    <section className="space-y-4">
      <Link to="/orders/bulk" className="text-sm text-accent underline underline-offset-2">
        {t('bulk.job.back')}
      </Link>
      <div className="flex flex-wrap items-center gap-3">
        <PageHeading title={t('bulk.job.title', { name: data.file_name ?? t('bulk.preview.pasted') })} />
        <JobStatusBadge status={data.status} />
      </div>
      <p className="text-sm text-muted">
        {t('bulk.job.by', {
          name: data.created_by.name,
          method: t(data.payment_method === 'balance' ? 'bulk.method.balance' : 'bulk.method.tonMemo'),
        })}{' '}
        <Time iso={data.created_at} />
      </p>
      {data.paused_reason && (
        <p role="alert" className="rounded-md bg-warn-soft px-3 py-2 text-sm text-warn">
          {t(data.paused_reason === 'no_key' ? 'bulk.paused.noKey' : 'bulk.paused.keyRefused')}
        </p>
      )}
      <JobProgress job={data} />
      <JobControls job={data} />
      <JobResults job={data} renderPay={renderPay} />
    </section>
  );
}
