import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { reportExport } from '@/api/audit-events';
import { Button } from '@/components/ui/button';
import { DialogClose } from '@/components/ui/dialog';
import { useErrorMessage } from '@/lib/i18n/use-error-message';
import { useT } from '@/lib/i18n/use-t';
import type { ExportColumn } from '../columns';
import { download } from '../download';
import { type Page, runExport } from '../run-export';
import { type ExportSource, exportCountQuery, exportEventOf } from '../sources';
import { ColumnPicker } from './column-picker';
import { type ExportState, ExportStatus } from './export-status';
import { RowCount } from './row-count';

interface RunnerProps<T> {
  source: ExportSource;
  columns: readonly ExportColumn<T>[];
  fetchPage: (offset: number, signal: AbortSignal) => Promise<Page<T>>;
  fileName: string;
}

/** Choose columns, see how many rows will be written, run with progress and cancel, then download. */
export function ExportRunner<T>({ source, columns, fetchPage, fileName }: RunnerProps<T>) {
  const t = useT();
  const errorText = useErrorMessage();
  const count = useQuery(exportCountQuery(source));
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(columns.map((c) => c.key)));
  const [state, setState] = useState<ExportState>({ kind: 'choosing' });
  const abort = useRef<AbortController | null>(null);
  // Closing the modal mid-export cancels it: no file appears later behind the partner's back.
  useEffect(() => () => abort.current?.abort(), []);

  const start = async () => {
    const controller = new AbortController();
    abort.current = controller;
    // The count is known before starting, so the bar starts with its real length rather than "0 / 0".
    setState({ kind: 'running', done: 0, total: count.data ?? 0 });
    // Progress is drawn at most ~8 times a second: re-rendering for each of 1,000 pages costs export time.
    let drawnAt = 0;
    try {
      const { blob, rows } = await runExport({
        fetchPage,
        columns: columns.filter((c) => chosen.has(c.key)),
        signal: controller.signal,
        onProgress: (done, total) => {
          const now = performance.now();
          if (now - drawnAt < 120 && done < total) return;
          drawnAt = now;
          setState({ kind: 'running', done, total });
        },
      });
      download(blob, fileName);
      void reportExport(exportEventOf(source, rows));
      setState({ kind: 'done', rows });
    } catch (error) {
      setState(controller.signal.aborted ? { kind: 'cancelled' } : { kind: 'failed', message: errorText(error) });
    }
  };

  const running = state.kind === 'running';
  return (
    <div className="space-y-4 text-sm">
      <RowCount query={count} fileName={fileName} />
      <ColumnPicker columns={columns} chosen={chosen} onChange={setChosen} disabled={running} />
      {chosen.size === 0 && <p className="text-warn">{t('export.noColumns')}</p>}
      <ExportStatus state={state} />
      <div className="flex flex-wrap justify-end gap-2">
        <DialogClose asChild>
          <Button variant="ghost">{t('common.close')}</Button>
        </DialogClose>
        {running ? (
          <Button variant="secondary" onClick={() => abort.current?.abort()}>
            {t('export.cancel')}
          </Button>
        ) : (
          <Button onClick={() => void start()} disabled={chosen.size === 0}>
            {state.kind === 'choosing' ? t('export.start') : t('export.again')}
          </Button>
        )}
      </div>
    </div>
  );
}
