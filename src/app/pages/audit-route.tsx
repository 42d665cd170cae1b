import { AuditPage } from '@/features/audit/components/audit-page';
import { useT } from '@/lib/i18n/use-t';
import { useCan } from '@/lib/permissions';
import { OwnerOnly } from '../shell/owner-only';

export default function Route() {
  const t = useT();
  return useCan('audit.read') ? <AuditPage /> : <OwnerOnly title={t('audit.title')} />;
}
