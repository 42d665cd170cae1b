import type { ExportRequest, ExportRun } from '@contract/export';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { cancelExport, exportQueries, startExport } from '@/api/exports';
import { ApiError } from '@/lib/api-errors';
import { startDownload } from '@/lib/download';
import { useErrorMessage } from '@/lib/i18n/use-error-message';
import type { ExportState } from './components/export-status';

const live = (run: ExportRun | undefined) => run?.state === 'ready' || run?.state === 'running';

/** What the dialog shows for a run the server reported (the total falls back to the count asked before). */
export function exportStateOf(run: ExportRun, counted: number | undefined, errorText: (error: unknown) => string): ExportState {
  switch (run.state) {
    case 'ready':
    case 'running':
      return { kind: 'running', done: run.rows, total: run.total ?? counted ?? 0 };
    case 'done':
      return { kind: 'done', rows: run.rows };
    case 'cancelled':
      return { kind: 'cancelled' };
    case 'failed':
      return {
        kind: 'failed',
        message: errorText(new ApiError(0, run.error?.code ?? 'INTERNAL_ERROR', run.error?.message ?? '')),
      };
  }
}

/**
 * One export at a time, written by the server: `start` registers it and hands its file to the browser's
 * download manager, then the run is followed (progress, outcome) until it ends; `cancel` stops it on the
 * server, which cuts the download off. Closing the dialog while it runs cancels it too.
 */
export function useServerExport(counted: number | undefined) {
  const client = useQueryClient();
  const errorText = useErrorMessage();
  const [id, setId] = useState<string | null>(null);
  /** What the browser itself knows before (or instead of) the server's word: starting, or a refused request. */
  const [local, setLocal] = useState<ExportState | null>(null);
  const run = useQuery({ ...exportQueries.run(id ?? ''), enabled: id !== null });
  /** Cancelled (or the dialog closed) before the server had registered the run: it must never download. */
  const unwanted = useRef(false);
  const following = useRef<{ id: string; live: boolean } | null>(null);
  useEffect(() => {
    following.current = id ? { id, live: run.data === undefined || live(run.data) } : null;
  });
  useEffect(
    () => () => {
      unwanted.current = true;
      const current = following.current;
      if (current?.live) void cancelExport(current.id).catch(() => undefined);
    },
    [],
  );

  async function start(request: ExportRequest) {
    unwanted.current = false;
    setLocal({ kind: 'running', done: 0, total: counted ?? 0 });
    setId(null);
    try {
      const registered = await startExport(request);
      const key = exportQueries.run(registered.id).queryKey;
      if (unwanted.current) {
        client.setQueryData(key, await cancelExport(registered.id));
      } else {
        client.setQueryData(key, registered);
        startDownload(registered.url, registered.file_name);
      }
      setId(registered.id);
      setLocal(null);
    } catch (error) {
      setLocal(unwanted.current ? { kind: 'cancelled' } : { kind: 'failed', message: errorText(error) });
    }
  }

  async function cancel() {
    if (!id) {
      unwanted.current = true;
      setLocal({ kind: 'cancelled' });
      return;
    }
    try {
      client.setQueryData(exportQueries.run(id).queryKey, await cancelExport(id));
    } catch (error) {
      setLocal({ kind: 'failed', message: errorText(error) });
    }
  }

  const state: ExportState =
    local ??
    (run.data
      ? exportStateOf(run.data, counted, errorText)
      : run.error
        ? { kind: 'failed', message: errorText(run.error) }
        : { kind: 'choosing' });
  return { state, start, cancel };
}
