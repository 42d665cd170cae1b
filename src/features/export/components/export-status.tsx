import { useT } from '@/lib/i18n/use-t';
import { useFormat } from '@/lib/use-format';

export type ExportState =
  | { kind: 'choosing' }
  | { kind: 'running'; done: number; total: number }
  | { kind: 'done'; rows: number }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

/** Progress while running, then what happened. */
export function ExportStatus({ state }: { state: ExportState }) {
  const t = useT();
  const f = useFormat();
  switch (state.kind) {
    case 'running':
      return (
        <div className="space-y-1">
          <progress
            className="w-full accent-[var(--accent)]"
            aria-label={t('export.progress')}
            max={state.total || 1}
            value={state.done}
          />
          <p role="status" data-testid="export-progress" className="tabular-nums">
            {t('export.progressRows', { done: f.integer(state.done), total: state.total })}
          </p>
        </div>
      );
    case 'done':
      return (
        <p role="status" className="text-ok">
          {t('export.done', { count: state.rows })}
        </p>
      );
    case 'cancelled':
      return <p role="status">{t('export.cancelled')}</p>;
    case 'failed':
      return (
        <div role="alert" className="space-y-1 text-bad">
          <p>{t('export.failed', { reason: state.message })}</p>
          <p>{t('export.failedNoFile')}</p>
        </div>
      );
    default:
      return null;
  }
}
