import { useT } from '@/lib/i18n/use-t';
import { useFormat } from '@/lib/use-format';
import type { BulkColumn, BulkFileProblem } from '../../../../contract/bulk-csv';
import type { PreviewCounts } from '../preview';

interface PreviewSummaryProps {
  problems: readonly BulkFileProblem[];
  counts: PreviewCounts;
  checks: { done: number; total: number };
}

const tone = {
  ok: 'bg-ok-soft text-ok',
  checking: 'bg-subtle text-ink',
  duplicate: 'bg-warn-soft text-warn',
  invalid: 'bg-bad-soft text-bad',
  unavailable: 'bg-bad-soft text-bad',
} as const;

/** What the file holds at a glance: problems with the file itself, rows per state, and how far the checks are. */
export function PreviewSummary({ problems, counts, checks }: PreviewSummaryProps) {
  const t = useT();
  const f = useFormat();
  const columns = (list: BulkColumn[]) => list.map((column) => t(`bulk.column.${column}`)).join(', ');
  return (
    <div className="space-y-2">
      {problems.map((problem) => (
        <p key={problem.code} role="alert" className="rounded-md bg-bad-soft px-3 py-2 text-sm text-bad">
          {problem.code === 'empty'
            ? t('bulk.file.empty')
            : problem.code === 'missing_columns'
              ? t('bulk.file.missingColumns', { columns: columns(problem.columns) })
              : t('bulk.file.tooManyRows', { rows: f.integer(problem.rows), max: f.integer(problem.max) })}
        </p>
      ))}
      <ul aria-label={t('bulk.preview.counts')} className="flex flex-wrap gap-2 text-sm" data-testid="bulk-counts">
        <li className="rounded-full bg-subtle px-3 py-1 font-medium">{t('bulk.count.total', { count: counts.total })}</li>
        {(['ok', 'checking', 'duplicate', 'invalid', 'unavailable'] as const)
          .filter((kind) => counts[kind] > 0)
          .map((kind) => (
            <li key={kind} className={`rounded-full px-3 py-1 ${tone[kind]}`}>
              {t(`bulk.count.${kind}`, { count: counts[kind] })}
            </li>
          ))}
      </ul>
      {checks.total > 0 && (
        <p role="status" className="text-sm text-muted" data-testid="bulk-checks">
          {checks.done < checks.total
            ? `${t('bulk.checks.running', { done: f.integer(checks.done), total: f.integer(checks.total) })} ${t('bulk.checks.startAnyway')}`
            : t('bulk.checks.done')}
        </p>
      )}
    </div>
  );
}
