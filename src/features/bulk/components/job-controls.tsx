import type { BulkJob } from '@contract/bulk';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type BulkControl, bulkQueries, controlBulkJob } from '@/api/bulk';
import { Button } from '@/components/ui/button';
import { Dialog, DialogClose, DialogContent, DialogTrigger } from '@/components/ui/dialog';
import { useErrorMessage } from '@/lib/i18n/use-error-message';
import { useT } from '@/lib/i18n/use-t';

/** Pause, resume and cancel (behind a confirmation: rows not sent yet are dropped; orders already made stay). */
export function JobControls({ job }: { job: BulkJob }) {
  const t = useT();
  const errorText = useErrorMessage();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const control = useMutation({
    mutationFn: (action: BulkControl) => controlBulkJob(job.id, action),
    onSuccess: (updated) => {
      queryClient.setQueryData(bulkQueries.job(job.id).queryKey, updated);
      void queryClient.invalidateQueries({ queryKey: bulkQueries.all() });
      setConfirming(false);
    },
    onError: () => void queryClient.invalidateQueries({ queryKey: bulkQueries.job(job.id).queryKey }),
  });
  if (job.status !== 'running' && job.status !== 'paused') return null;
  // Said where the person is looking: in the confirmation while it is open.
  const failure = control.isError && (
    <p role="alert" className="mb-3 rounded-md bg-bad-soft px-3 py-2 text-sm text-bad">
      {errorText(control.error)}
    </p>
  );
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {job.status === 'running' ? (
          <Button variant="secondary" disabled={control.isPending} onClick={() => control.mutate('pause')}>
            {t('bulk.control.pause')}
          </Button>
        ) : (
          <Button disabled={control.isPending} onClick={() => control.mutate('resume')}>
            {t('bulk.control.resume')}
          </Button>
        )}
        <Dialog
          open={confirming}
          onOpenChange={(open) => {
            setConfirming(open);
            control.reset();
          }}
        >
          <DialogTrigger asChild>
            <Button variant="secondary">{t('bulk.control.cancel')}</Button>
          </DialogTrigger>
          <DialogContent title={t('bulk.cancel.title')} description={t('bulk.cancel.body', { count: job.progress.remaining })}>
            {failure}
            <div className="flex flex-wrap justify-end gap-2">
              <DialogClose asChild>
                <Button variant="secondary">{t('bulk.cancel.keep')}</Button>
              </DialogClose>
              <Button variant="danger" disabled={control.isPending} onClick={() => control.mutate('cancel')}>
                {t('bulk.cancel.confirm')}
              </Button>
            </div>
          </DialogContent>
        </Dialog>
      </div>
      {!confirming && failure}
    </div>
  );
}
