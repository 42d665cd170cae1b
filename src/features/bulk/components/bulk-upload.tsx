import { type DragEvent, useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { download } from '@/lib/download';
import { useT } from '@/lib/i18n/use-t';
import { BULK_CSV_TEMPLATE } from '../../../../contract/bulk-csv';
import { PasteLines } from './paste-lines';

/** A bulk file is read in the browser; more than this is not a 10,000-row order file. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

export interface BulkSource {
  text: string;
  /** The file's name; null for pasted lines. */
  name: string | null;
}

/** Where a bulk file comes from: dropped on the zone, chosen with the file picker, or pasted as lines. */
export function BulkUpload({ onSource }: { onSource: (source: BulkSource) => void }) {
  const t = useT();
  const titleId = useId();
  const [dragging, setDragging] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const read = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) return setError(t('bulk.upload.tooLarge', { name: file.name }));
    setError(null);
    onSource({ text: await file.text(), name: file.name });
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void read(event.dataTransfer.files[0]);
  };
  return (
    <section aria-labelledby={titleId} className="space-y-4 rounded-lg border border-line bg-surface p-4">
      <h2 id={titleId} className="text-lg font-semibold">
        {t('bulk.upload.title')}
      </h2>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop target for a mouse; the file picker inside does the same for everyone. */}
      <div
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
        data-testid="bulk-drop-zone"
        className={`flex flex-col items-center gap-2 rounded-lg border-2 border-dashed p-6 text-center ${dragging ? 'border-accent bg-accent-soft' : 'border-line-strong'}`}
      >
        <p className="text-sm">{t('bulk.upload.drop')}</p>
        <label className="cursor-pointer rounded-md bg-accent px-3 py-2 text-sm font-medium text-on-accent has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent">
          {t('bulk.upload.choose')}
          <input
            type="file"
            accept=".csv,.txt,text/csv,text/plain"
            className="sr-only"
            onChange={(event) => void read(event.target.files?.[0])}
          />
        </label>
        <p className="text-xs text-muted">{t('bulk.upload.columns')}</p>
      </div>
      {error && (
        <p role="alert" className="text-sm text-bad">
          {error}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <Button
          variant="secondary"
          onClick={() => download(new Blob([BULK_CSV_TEMPLATE], { type: 'text/csv' }), 'bulk-orders-template.csv')}
        >
          {t('bulk.upload.template')}
        </Button>
        <span className="text-muted">{t('bulk.upload.limits')}</span>
      </div>
      <PasteLines onPaste={(text) => onSource({ text, name: null })} />
    </section>
  );
}
