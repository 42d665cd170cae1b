import type { BulkRow } from '@contract/bulk';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useNavigate } from 'react-router';
import { bulkQueries, createBulkJob } from '@/api/bulk';
import { Button } from '@/components/ui/button';
import { useErrorMessage } from '@/lib/i18n/use-error-message';
import { useT } from '@/lib/i18n/use-t';
import { useFormat } from '@/lib/use-format';
import type { PaymentChoice } from './preview-totals';

interface StartJobProps {
  rows: readonly BulkRow[];
  method: PaymentChoice;
  fileName: string | null;
  /** Something stops the job from starting (said next to it): too many rows, the balance short, prices not known yet. */
  blocked: boolean;
}

/**
 * Starts the job on the server with one request id per intent: a retry of the same rows and payment (after a
 * lost answer) gets the same job back, never a second one; other content is a new intent. Lands on the job's page.
 */
export function StartJob({ rows, method, fileName, blocked }: StartJobProps) {
  const t = useT();
  const f = useFormat();
  const errorText = useErrorMessage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const intent = useRef<{ fingerprint: string; id: string } | null>(null);
  const start = useMutation({
    mutationFn: createBulkJob,
    onSuccess: (job) => {
      intent.current = null;
      void queryClient.invalidateQueries({ queryKey: bulkQueries.all() });
      queryClient.setQueryData(bulkQueries.job(job.id).queryKey, job);
      void navigate(`/orders/bulk/${job.id}`);
    },
  });
  const submit = () => {
    const fingerprint = JSON.stringify([method, rows]);
    if (intent.current?.fingerprint !== fingerprint) intent.current = { fingerprint, id: crypto.randomUUID() };
    start.mutate({
      request_id: intent.current.id,
      rows: [...rows],
      payment_method: method,
      payment_currency: 'TON',
      file_name: fileName,
    });
  };
  return (
    <div className="space-y-2">
      <Button onClick={submit} disabled={blocked || rows.length === 0 || start.isPending}>
        {t('bulk.start', { count: rows.length, formatted: f.integer(rows.length) })}
      </Button>
      {start.isError && (
        <p role="alert" className="text-sm text-bad">
          {t('bulk.startFailed', { reason: errorText(start.error) })}
        </p>
      )}
    </div>
  );
}
