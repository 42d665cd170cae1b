import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
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
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  // Focus goes back to the button once the modal is gone (while it is still mounted, its focus trap keeps it).
  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && !open) trigger.current?.focus();
    wasOpen.current = open;
  }, [open]);
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
