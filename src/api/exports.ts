import { type ExportRequest, type ExportRun, exportRunSchema } from '@contract/export';
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-fetch';
import { getJson } from './request';

const run = (id: string) => `/workspace/exports/${encodeURIComponent(id)}`;

/** While the server writes the file, the browser asks how far it got this often. */
export const EXPORT_POLL_MS = 500;

const live = (state: ExportRun['state'] | undefined) => state === 'ready' || state === 'running';

/**
 * CSV exports the server writes: registered here, downloaded from the run's `url` as a plain file (never
 * through `apiFetch`: the file must not pass through the page's memory), followed until they end.
 */
export const exportQueries = {
  all: () => ['exports'] as const,
  run: (id: string) =>
    queryOptions({
      queryKey: [...exportQueries.all(), id] as const,
      queryFn: (context) => getJson(context, run(id), exportRunSchema),
      refetchInterval: (query) => (live(query.state.data?.state) ? EXPORT_POLL_MS : false),
      staleTime: 0,
    }),
};

export function startExport(request: ExportRequest) {
  return apiFetch('/workspace/exports', exportRunSchema, { method: 'POST', body: request });
}

/** Stops the run wherever it is being written; the browser's download then fails instead of ending short. */
export function cancelExport(id: string) {
  return apiFetch(`${run(id)}/cancel`, exportRunSchema, { method: 'POST' });
}
