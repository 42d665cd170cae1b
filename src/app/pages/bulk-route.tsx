import { BulkPage } from '@/features/bulk/components/bulk-page';
import { useCan } from '@/lib/permissions';
import { NotAllowed } from '../shell/not-allowed';

export default function Route() {
  if (!useCan('bulk.run')) return <NotAllowed page="bulk.title" reason="app.notAllowed.bulk" />;
  return <BulkPage />;
}
