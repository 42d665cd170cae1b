import { useMemo, useState } from 'react';
import { Button } from '@/components/ui/button';
import { useT } from '@/lib/i18n/use-t';
import { parseBulkCsv } from '../../../../contract/bulk-csv';
import { countRows, previewRows, rowsToSend, totals } from '../preview';
import { usePreviewChecks } from '../use-preview-checks';
import type { BulkSource } from './bulk-upload';
import { PreviewSummary } from './preview-summary';
import { PreviewTable } from './preview-table';
import { type PaymentChoice, PreviewTotals } from './preview-totals';
import { StartJob } from './start-job';

/**
 * The validation preview of a file: nothing is created until Start. Every row's state (ok, invalid and why,
 * recipient cannot receive, duplicate), exact totals with fees, the balance check, then the job.
 */
export function BulkPreview({ source, onReset }: { source: BulkSource; onReset: () => void }) {
  const t = useT();
  const file = useMemo(() => parseBulkCsv(source.text), [source]);
  const valid = useMemo(() => file.lines.flatMap((line) => (line.row ? [line.row] : [])), [file]);
  const checks = usePreviewChecks(valid);
  const [includeDuplicates, setIncludeDuplicates] = useState(false);
  const [method, setMethod] = useState<PaymentChoice>('balance');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the checks arrive in a mutable map; `checks.done` says when it grew.
  const rows = useMemo(
    () => previewRows(file.lines, checks.recipients, includeDuplicates),
    [file, checks.recipients, checks.done, includeDuplicates],
  );
  const counts = countRows(rows);
  const toSend = useMemo(() => rowsToSend(rows), [rows]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: as above, for the estimates.
  const sum = useMemo(() => totals(toSend, checks.estimates), [toSend, checks.estimates, checks.done]);
  const tooMany = file.problems.some((problem) => problem.code === 'too_many_rows');
  return (
    <section aria-label={t('bulk.preview.label')} className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-lg font-semibold">{source.name ?? t('bulk.preview.pasted')}</h2>
        <Button variant="secondary" onClick={onReset}>
          {t('bulk.preview.another')}
        </Button>
      </div>
      <PreviewSummary problems={file.problems} counts={counts} checks={checks} />
      <PreviewTotals count={counts.send} sum={sum} method={method} onMethod={setMethod}>
        {(short) => (
          <>
            {counts.duplicate > 0 && (
              <label className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  className="size-4 accent-accent"
                  checked={includeDuplicates}
                  onChange={(event) => setIncludeDuplicates(event.target.checked)}
                />
                {t('bulk.preview.includeDuplicates', { count: counts.duplicate })}
              </label>
            )}
            <StartJob
              rows={toSend}
              method={method}
              fileName={source.name}
              blocked={tooMany || short || (sum.missing > 0 && checks.failedEstimates === 0)}
            />
          </>
        )}
      </PreviewTotals>
      <PreviewTable rows={rows} />
    </section>
  );
}
