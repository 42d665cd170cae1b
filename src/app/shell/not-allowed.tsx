import { Link } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { useRoleLabel } from '@/lib/i18n/use-role-label';
import { useT } from '@/lib/i18n/use-t';
import { useMember } from '@/lib/permissions';
import type { MessageId } from '@/locales/compiled/message-id';

/** A page this member's role cannot use, reached directly: its title, why not, and the way back. */
export function NotAllowed({ page, reason }: { page: MessageId; reason: MessageId }) {
  const t = useT();
  const roleLabel = useRoleLabel();
  const member = useMember();
  return (
    <div className="space-y-3">
      <PageHeading title={t(page)} />
      <p role="alert" className="text-sm">
        {t(reason, { role: member ? roleLabel(member.role) : '' })}
      </p>
      <p className="text-sm text-muted">{t('app.notAllowed.ask')}</p>
      <Link to="/orders" className="inline-block rounded-md bg-accent px-3 py-2 text-sm font-medium text-on-accent">
        {t('app.notFound.back')}
      </Link>
    </div>
  );
}
