import { AuditPage } from '@/features/audit/components/audit-page';
import { useCan } from '@/lib/permissions';
import { NotAllowed } from '../shell/not-allowed';

export default function Route() {
  if (!useCan('audit.read')) return <NotAllowed page="app.nav.audit" reason="app.notAllowed.ownerOnly" />;
  return <AuditPage />;
}
