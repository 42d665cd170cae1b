import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { bulkQueries } from '@/api/bulk';
import { ErrorPanel } from '@/components/ui/error-panel';
import { Pagination } from '@/components/ui/pagination';
import { Skeleton } from '@/components/ui/skeleton';
import { Time } from '@/components/ui/time';
import { useT } from '@/lib/i18n/use-t';
import { useFormat } from '@/lib/use-format';
import { JobStatusBadge } from './job-status-badge';

/** The workspace's bulk jobs, newest first, each linked to its live page. */
export function JobsList() {
  const t = useT();
  const f = useFormat();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const jobs = useQuery(bulkQueries.jobs(page, pageSize));
  return (
    <section aria-labelledby="bulk-jobs-title" className="space-y-3">
      <h2 id="bulk-jobs-title" className="text-lg font-semibold">
        {t('bulk.jobs.title')}
      </h2>
      {jobs.isPending ? (
        <Skeleton className="h-24" />
      ) : jobs.isError ? (
        <ErrorPanel error={jobs.error} onRetry={() => void jobs.refetch()} />
      ) : jobs.data.items.length === 0 ? (
        <p className="text-sm text-muted">{t('bulk.jobs.none')}</p>
      ) : (
        <>
          <ul className="divide-y divide-line rounded-lg border border-line bg-surface">
            {jobs.data.items.map((job) => (
              <li
                key={job.id}
                data-testid="bulk-job-item"
                className="flex flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3 text-sm"
              >
                <Link to={`/orders/bulk/${job.id}`} className="font-medium text-accent underline-offset-2 hover:underline">
                  {job.file_name ?? t('bulk.preview.pasted')}
                </Link>
                <JobStatusBadge status={job.status} />
                <span className="tabular-nums">
                  {t('bulk.jobs.progress', {
                    done: f.integer(job.progress.done),
                    failed: f.integer(job.progress.failed),
                    total: f.integer(job.progress.total),
                  })}
                </span>
                <span className="text-muted">
                  {job.created_by.name} · <Time iso={job.created_at} />
                </span>
              </li>
            ))}
          </ul>
          <Pagination page={page} pageSize={pageSize} total={jobs.data.total} onPage={setPage} onPageSize={setPageSize} />
        </>
      )}
    </section>
  );
}
