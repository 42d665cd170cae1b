import { useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { formatInteger } from '@/lib/format';
import { useErrorMessage } from '@/lib/i18n/use-error-message';
import { orderColumns, transactionColumns } from '../columns';
import { type Column, csvFileName } from '../csv';
import { type Page, runExport } from '../run-export';
import { type ExportSource, orderPages, transactionPages } from '../sources';

type State =
  | { kind: 'choosing' }
  | { kind: 'running'; done: number; total: number }
  | { kind: 'done'; rows: number }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ExportDialog({ source, onClose }: { source: ExportSource; onClose: () => void }) {
  const today = new Date().toISOString().slice(0, 10);
  if (source.kind === 'transactions') {
    return (
      <Runner
        columns={transactionColumns}
        fetchPage={transactionPages(source.type)}
        fileName={csvFileName('balance-transactions', { type: source.type }, today)}
        onClose={onClose}
      />
    );
  }
  const parts = source.kind === 'reference' ? { reference: source.reference } : source.filters;
  return (
    <Runner
      columns={orderColumns}
      fetchPage={orderPages(source)}
      fileName={csvFileName('orders', parts, today)}
      onClose={onClose}
    />
  );
}

interface RunnerProps<T> {
  columns: readonly Column<T>[];
  fetchPage: (offset: number, signal: AbortSignal) => Promise<Page<T>>;
  fileName: string;
  onClose: () => void;
}

/** Choose columns, run with a progress bar and a cancel button, then download. */
function Runner<T>({ columns, fetchPage, fileName, onClose }: RunnerProps<T>) {
  const errorText = useErrorMessage();
  const [chosen, setChosen] = useState(() => new Set(columns.map((c) => c.key)));
  const [state, setState] = useState<State>({ kind: 'choosing' });
  const abort = useRef<AbortController | null>(null);

  const start = async () => {
    const controller = new AbortController();
    abort.current = controller;
    setState({ kind: 'running', done: 0, total: 0 });
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
      setState({ kind: 'done', rows });
    } catch (error) {
      setState(controller.signal.aborted ? { kind: 'cancelled' } : { kind: 'failed', message: errorText(error) });
    }
  };

  return (
    <div
      role="dialog"
      aria-label="Export CSV"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm dark:border-slate-700 dark:bg-slate-900"
    >
      <p className="font-medium">Export to {fileName}</p>
      <fieldset className="flex flex-wrap gap-x-4 gap-y-1" disabled={state.kind === 'running'}>
        <legend className="mb-1">Columns</legend>
        {columns.map((column) => (
          <label key={column.key} className="flex items-center gap-1">
            <input
              type="checkbox"
              checked={chosen.has(column.key)}
              onChange={(e) => {
                const next = new Set(chosen);
                if (e.target.checked) next.add(column.key);
                else next.delete(column.key);
                setChosen(next);
              }}
            />
            {column.label}
          </label>
        ))}
      </fieldset>
      {state.kind === 'running' && (
        <div className="space-y-1">
          <progress className="w-full" aria-label="Export progress" max={state.total || 1} value={state.done} />
          <p role="status" data-testid="export-progress">
            {formatInteger(state.done)} / {formatInteger(state.total)} rows
          </p>
        </div>
      )}
      {state.kind === 'done' && <p role="status">Exported {formatInteger(state.rows)} rows.</p>}
      {state.kind === 'cancelled' && <p role="status">Export cancelled; no file was saved.</p>}
      {state.kind === 'failed' && (
        <p role="alert" className="text-red-700 dark:text-red-400">
          Export failed: {state.message}
        </p>
      )}
      <div className="flex gap-2">
        {state.kind === 'running' ? (
          <Button variant="secondary" onClick={() => abort.current?.abort()}>
            Cancel export
          </Button>
        ) : (
          <Button onClick={() => void start()} disabled={chosen.size === 0}>
            {state.kind === 'choosing' ? 'Start export' : 'Export again'}
          </Button>
        )}
        <Button variant="ghost" onClick={onClose} disabled={state.kind === 'running'}>
          Close
        </Button>
      </div>
    </div>
  );
}
