import { lazy, Suspense } from 'react';
import { Dialog, DialogContent } from '@/components/ui/dialog';
import { Skeleton } from '@/components/ui/skeleton';
import { useT } from '@/lib/i18n/use-t';
import type { ExportSource } from '../sources';

// The export dialog (columns, progress, the server run it follows) loads on first use only.
const ExportDialog = lazy(() => import('./export-dialog').then((m) => ({ default: m.ExportDialog })));

/** The export modal (Radix): loaded with its dialog primitive when the partner first asks for an export. */
export default function ExportModal({
  source,
  title,
  onOpenChange,
}: {
  source: ExportSource;
  title: string;
  onOpenChange: (open: boolean) => void;
}) {
  const t = useT();
  return (
    <Dialog open onOpenChange={onOpenChange}>
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
