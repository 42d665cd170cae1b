import { lazy, Suspense } from 'react';
import { Button } from '@/components/ui/button';
import { useModalTrigger } from '@/components/ui/use-modal-trigger';
import { useT } from '@/lib/i18n/use-t';
import type { ExportSource } from '../sources';

// The modal, its dialog primitive and the export machinery stay out of the first load.
const ExportModal = lazy(() => import('./export-modal'));

/**
 * The Export button and its modal. Closing the modal (Escape, ✕, Close) while an export runs cancels it:
 * nothing is saved behind the partner's back; the focus goes back to this button.
 */
export function ExportButton({ source, label }: { source: ExportSource; label?: string }) {
  const t = useT();
  const { open, setOpen, trigger } = useModalTrigger();
  const title = label ?? t(source.kind === 'transactions' ? 'export.buttonTransactions' : 'export.button');
  return (
    <>
      <Button ref={trigger} variant="secondary" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {title}
      </Button>
      {open && (
        <Suspense fallback={null}>
          <ExportModal source={source} title={title} onOpenChange={setOpen} />
        </Suspense>
      )}
    </>
  );
}
