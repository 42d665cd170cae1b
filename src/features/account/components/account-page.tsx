import { useQuery } from '@tanstack/react-query';
import { sessionQueries } from '@/api/session';
import { PageHeading } from '@/components/ui/page-heading';
import { useT } from '@/lib/i18n/use-t';
import { PasswordForm } from './password-form';
import { ProfileCard } from './profile-card';
import { SessionsSection } from './sessions-section';
import { TwoFactorSection } from './two-factor-section';

/**
 * The signed-in member's own page: who they are, their two-factor, their sessions, their password.
 * While the owner requires two-factor and they have none, only setting it up is possible (the server
 * refuses everything else), and a banner says why they are here.
 */
export function AccountPage() {
  const t = useT();
  const session = useQuery(sessionQueries.current());
  const member = session.data?.member;
  if (!member) return null;
  const enrolling = session.data?.two_factor_enrolment_required === true;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeading title={t('account.title')} />
      {enrolling && (
        <div role="alert" className="rounded-lg border border-line bg-warn-soft p-4 text-sm">
          <p className="font-medium text-warn">{t('account.enrolment.title')}</p>
          <p className="mt-1">{t('account.enrolment.body')}</p>
        </div>
      )}
      <ProfileCard member={member} />
      <TwoFactorSection member={member} />
      {!enrolling && <SessionsSection />}
      {!enrolling && <PasswordForm />}
    </div>
  );
}
