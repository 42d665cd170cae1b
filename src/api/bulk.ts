import {
  type BulkJob,
  type BulkRowState,
  bulkJobPageSchema,
  bulkJobSchema,
  bulkRowPageSchema,
  type CreateBulkJob,
} from '@contract/bulk';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-fetch';
import { getJson, pageQuery } from './request';

/** Bulk order jobs on the dashboard server (routes: contract/bulk.ts). Jobs run there, not in the tab. */

/** What changes when a job's rows change: its status and how many rows have settled each way. */
export function jobVersion(job: BulkJob): string {
  const { done, failed, cancelled } = job.progress;
  return `${job.status}:${done}:${failed}:${cancelled}`;
}

const liveEvery = (job: BulkJob | undefined) => (job?.status === 'running' ? 1000 : job?.status === 'paused' ? 5000 : false);

export type BulkRowsRequest = { jobId: string; state?: BulkRowState; page: number; pageSize: number };

export const bulkQueries = {
  all: () => ['bulk'] as const,
  jobs: (page: number, pageSize: number) =>
    queryOptions({
      queryKey: [...bulkQueries.all(), 'jobs', { page, pageSize }] as const,
      queryFn: (context) =>
        getJson(context, `/workspace/bulk/jobs?${pageQuery(pageSize, (page - 1) * pageSize)}`, bulkJobPageSchema),
      placeholderData: keepPreviousData,
      refetchInterval: (query) => (query.state.data?.items.some((job) => job.status === 'running') ? 2000 : false),
    }),
  job: (id: string) =>
    queryOptions({
      queryKey: [...bulkQueries.all(), 'job', id] as const,
      queryFn: (context) => getJson(context, `/workspace/bulk/jobs/${encodeURIComponent(id)}`, bulkJobSchema),
      refetchInterval: (query) => liveEvery(query.state.data),
    }),
  /**
   * A page of a job's rows. `version` names the job's progress (see `jobVersion`): when the job moves, the
   * key changes and the page is read again (the previous page stays on screen meanwhile); a settled job's
   * rows are read once.
   */
  rows: ({ jobId, state, page, pageSize }: BulkRowsRequest, version: string) => {
    const query = pageQuery(pageSize, (page - 1) * pageSize);
    if (state) query.set('state', state);
    return queryOptions({
      queryKey: [...bulkQueries.all(), 'rows', { jobId, state, page, pageSize }, version] as const,
      queryFn: (context) =>
        getJson(context, `/workspace/bulk/jobs/${encodeURIComponent(jobId)}/rows?${query}`, bulkRowPageSchema),
      placeholderData: keepPreviousData,
    });
  },
};

/** `request_id` is one per intent: a retry of the same submission returns the same job, never a second one. */
export function createBulkJob(body: CreateBulkJob) {
  return apiFetch('/workspace/bulk/jobs', bulkJobSchema, { method: 'POST', body });
}

export type BulkControl = 'pause' | 'resume' | 'cancel';

export function controlBulkJob(id: string, control: BulkControl) {
  return apiFetch(`/workspace/bulk/jobs/${encodeURIComponent(id)}/${control}`, bulkJobSchema, { method: 'POST' });
}

/** Where the browser downloads a job's results (the server streams every row). */
export function bulkResultsCsvUrl(id: string): string {
  return `/workspace/bulk/jobs/${encodeURIComponent(id)}/results.csv`;
}
