import { useState } from 'react';
import { PageHeading } from '@/components/ui/page-heading';
import { useT } from '@/lib/i18n/use-t';
import { BulkPreview } from './bulk-preview';
import { type BulkSource, BulkUpload } from './bulk-upload';
import { JobsList } from './jobs-list';

/** Bulk orders: a file (or pasted lines) checked in a preview, then a job the server runs; the jobs below. */
export function BulkPage() {
  const t = useT();
  const [source, setSource] = useState<BulkSource | null>(null);
  return (
    <section className="space-y-6">
      <div className="space-y-1">
        <PageHeading title={t('bulk.title')} />
        <p className="text-sm text-muted">{t('bulk.intro')}</p>
      </div>
      {source ? <BulkPreview source={source} onReset={() => setSource(null)} /> : <BulkUpload onSource={setSource} />}
      <JobsList />
    </section>
  );
}
