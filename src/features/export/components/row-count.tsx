import type { UseQueryResult } from '@tanstack/react-query';
import { useErrorMessage } from '@/lib/i18n/use-error-message';
import { useT } from '@/lib/i18n/use-t';

/** "250 rows will be exported to orders-all-2026-11-25.csv.", before the export starts. */
export function RowCount({ query, fileName }: { query: UseQueryResult<number>; fileName: string }) {
  const t = useT();
  const errorText = useErrorMessage();
  if (query.isPending) return <p className="text-muted">{t('export.counting')}</p>;
  if (query.isError)
    return (
      <p className="text-muted">
        {t('export.countFailed', { reason: errorText(query.error) })}{' '}
        <span className="break-all font-mono text-xs">{fileName}</span>
      </p>
    );
  return (
    <p data-testid="export-count" className="font-medium">
      {t('export.count', { count: query.data, file: fileName })}
    </p>
  );
}
