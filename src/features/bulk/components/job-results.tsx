import type { BulkJob, BulkRowState } from '@contract/bulk';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { bulkQueries, bulkResultsCsvUrl, jobVersion } from '@/api/bulk';
import { ErrorPanel } from '@/components/ui/error-panel';
import { Pagination } from '@/components/ui/pagination';
import { useT } from '@/lib/i18n/use-t';
import { type PayableRow, payableRow, usePickedRows } from '../payable-rows';
import { ResultsTable } from './results-table';
import { RowFilter } from './row-filter';

export interface PickedRows {
  orders: PayableRow[];
  clear: () => void;
  drop: (ids: readonly number[]) => void;
}

/** The job's rows with their outcome, filtered by state, a page at a time; the full results as CSV. */
export function JobResults({ job, renderPay }: { job: BulkJob; renderPay?: (picked: PickedRows) => ReactNode }) {
  const t = useT();
  const [state, setState] = useState<BulkRowState | 'all'>('all');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(50);
  const { picked, used, paid, pick, drop, clear } = usePickedRows();
  const request = { jobId: job.id, state: state === 'all' ? undefined : state, page, pageSize };
  const rows = useQuery(bulkQueries.rows(request, jobVersion(job)));
  const now = Date.now();
  return (
    <section aria-labelledby="bulk-results-title" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="bulk-results-title" className="text-lg font-semibold">
          {t('bulk.results.title')}
        </h2>
        <a href={bulkResultsCsvUrl(job.id)} download className="text-sm font-medium text-accent underline underline-offset-2">
          {t('bulk.results.csv')}
        </a>
      </div>
      <RowFilter
        label={t('bulk.show.label')}
        value={state}
        onChange={(next) => {
          setState(next);
          setPage(1);
        }}
        options={(['all', 'done', 'failed', 'pending', 'cancelled'] as const).map((value) => ({
          value,
          label: t(`bulk.rowState.${value}`),
        }))}
      />
      {rows.isError ? (
        <ErrorPanel error={rows.error} onRetry={() => void rows.refetch()} />
      ) : (
        <ResultsTable
          rows={rows.data?.items ?? []}
          loading={rows.isPending}
          payable={(row) => (renderPay && !paid.has(row.order_id ?? -1) ? payableRow(job, row, now) : null)}
          picked={picked}
          onPick={pick}
        />
      )}
      <Pagination
        page={page}
        pageSize={pageSize}
        total={rows.data?.total ?? 0}
        onPage={setPage}
        onPageSize={(size) => {
          setPageSize(size);
          setPage(1);
        }}
      />
      {renderPay && used && renderPay({ orders: [...picked.values()], clear, drop })}
    </section>
  );
}
