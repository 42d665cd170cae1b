import { lazy, Suspense, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogTrigger } from '@/components/ui/dialog';
import { Skeleton } from '@/components/ui/skeleton';
import { useT } from '@/lib/i18n/use-t';
import type { ExportSource } from '../sources';

// papaparse and the export machinery load on first use only.
const ExportDialog = lazy(() => import('./export-dialog').then((m) => ({ default: m.ExportDialog })));

/**
 * The Export button and its modal. Closing the modal (Escape, ✕, Close) while an export runs cancels it:
 * nothing is saved behind the partner's back.
 */
export function ExportButton({ source, label }: { source: ExportSource; label?: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const title = label ?? t(source.kind === 'transactions' ? 'export.buttonTransactions' : 'export.button');
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="secondary">{title}</Button>
      </DialogTrigger>
      <DialogContent title={title} wide>
        <Suspense
          fallback={
            <div role="status" aria-label={t('export.preparing')} className="space-y-3">
              <Skeleton className="h-5 w-3/4" />
              <Skeleton className="h-32 w-full" />
            </div>
          }
        >
          <ExportDialog source={source} />
        </Suspense>
      </DialogContent>
    </Dialog>
  );
}
