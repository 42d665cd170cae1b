import { lazy, Suspense, useState } from 'react';
import { Button } from '@/components/ui/button';
import type { ExportSource } from '../sources';

// papaparse and the export machinery load on first use only.
const ExportDialog = lazy(() => import('./export-dialog').then((m) => ({ default: m.ExportDialog })));

export function ExportButton({ source, label = 'Export CSV' }: { source: ExportSource; label?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="space-y-2">
      <Button variant="secondary" onClick={() => setOpen((v) => !v)} aria-expanded={open}>
        {label}
      </Button>
      {open && (
        <Suspense fallback={<p className="text-sm">Preparing export…</p>}>
          <ExportDialog source={source} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
