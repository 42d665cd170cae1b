import { PageHeading } from '@/components/ui/page-heading';
import { useT } from '@/lib/i18n/use-t';
import { InvitesSection } from './invites-section';
import { KeyCard } from './key-card';
import { MembersSection } from './members-section';
import { TwoFactorPolicy } from './two-factor-policy';

/** The owner's page: who is in the workspace and with which role, who is invited, the partner key, two-factor. */
export function TeamPage() {
  const t = useT();
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <PageHeading title={t('team.title')} />
        <p className="text-sm text-muted">{t('team.intro')}</p>
      </div>
      <MembersSection />
      <InvitesSection />
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <KeyCard />
        <TwoFactorPolicy />
      </div>
    </div>
  );
}
